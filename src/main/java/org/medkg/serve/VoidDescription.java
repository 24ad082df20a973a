package org.medkg.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.medkg.rdf.Vocab;

/**
 * The VoID description of the served dataset ({@code /.well-known/void}, RFC 5785 and the VoID guide §7.2):
 * its size (triples, entities, classes), the vocabularies it uses, its class partitions, its URI
 * space, the SPARQL endpoint, the dump downloads and some example resources.
 */
final class VoidDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    /** The vocabularies medkg's graph uses (the namespaces of its predicates and classes). */
    private static final List<String> VOCABULARIES = List.of(Vocab.SCHEMA, Vocab.SKOS, Vocab.DCT, Vocab.PROV,
            Vocab.FOAF, Vocab.DBO, Vocab.OBO, Vocab.MEDKG, "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2002/07/owl#");
    /** The downloads: file name → media type. */
    static final Map<String, String> DUMPS = Map.of("medkg.ttl", "text/turtle", "medkg.nq", "application/n-quads",
            "medkg.jsonld", "application/ld+json");

    private VoidDescription() {
    }

    /** The description, with absolute IRIs under {@code origin} (e.g. {@code http://127.0.0.1:8080}). */
    static Graph of(DatasetSummary summary, String origin, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI(origin + "/.well-known/void#medkg");
        add(g, dataset, RDF.type.asNode(), v("Dataset"));
        add(g, dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("medkg: diseases from Wikipedia", "en"));
        add(g, dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Diseases, their names, "
                + "classification codes, genes, proteins, drugs, inheritance, symptoms and references, extracted "
                + "from Wikipedia articles, with the evidence of each fact.", "en"));
        add(g, dataset, DCTerms.source.asNode(), NodeFactory.createURI("https://www.wikipedia.org/"));
        add(g, dataset, DCTerms.license.asNode(), NodeFactory.createURI("https://creativecommons.org/licenses/by-sa/4.0/"));
        if (summary.modified() != null) {
            add(g, dataset, DCTerms.modified.asNode(), summary.modified());
        }
        add(g, dataset, v("triples"), count(summary.stats().triples()));
        add(g, dataset, v("entities"), count(summary.entities()));
        add(g, dataset, v("classes"), count(summary.classes().size()));
        add(g, dataset, v("uriSpace"), NodeFactory.createLiteralString(base));
        add(g, dataset, v("sparqlEndpoint"), NodeFactory.createURI(origin + "/sparql"));
        DUMPS.keySet().stream().sorted().forEach(file ->
                add(g, dataset, v("dataDump"), NodeFactory.createURI(origin + "/download/" + file)));
        VOCABULARIES.forEach(ns -> add(g, dataset, v("vocabulary"), NodeFactory.createURI(ns)));
        summary.sampleDiseases().stream().limit(3).forEach(d -> add(g, dataset, v("exampleResource"), d));
        summary.classes().forEach((cls, n) -> {
            if (cls.isURI()) {
                Node partition = NodeFactory.createBlankNode();
                add(g, dataset, v("classPartition"), partition);
                add(g, partition, v("class"), cls);
                add(g, partition, v("entities"), count(n));
            }
        });
        return g;
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
