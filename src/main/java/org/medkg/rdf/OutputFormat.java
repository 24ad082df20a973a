package org.medkg.rdf;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF syntaxes medkg writes, each as a {@link StreamRDF} sink. Turtle, TriG, N-Triples and N-Quads
 * stream (Turtle and N-Triples merge the named graphs; TriG and N-Quads keep them); JSON-LD and RDF/XML
 * gather the dataset in memory first, as their writers need the whole graph.
 */
public enum OutputFormat {
    TTL("ttl", RDFFormat.TURTLE_BLOCKS, false),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true),
    NT("nt", RDFFormat.NTRIPLES, false),
    NQ("nq", RDFFormat.NQUADS, true),
    JSONLD("jsonld", RDFFormat.JSONLD11, true),
    RDFXML("rdfxml", RDFFormat.RDFXML_PRETTY, false);

    private final String option;
    private final RDFFormat format;
    private final boolean keepsGraphs;

    OutputFormat(String option, RDFFormat format, boolean keepsGraphs) {
        this.option = option;
        this.format = format;
        this.keepsGraphs = keepsGraphs;
    }

    public String option() {
        return option;
    }

    /** The syntax, e.g. to read the output back or to name its media type. */
    public Lang lang() {
        return format.getLang();
    }

    /** True for the syntaxes that keep the named graphs (TriG, N-Quads, JSON-LD); the others merge them. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** True when {@link #sink} writes as the quads arrive, holding nothing; false when it gathers them first. */
    public boolean streams() {
        return StreamRDFWriter.registered(format);
    }

    public static OutputFormat of(String option) {
        for (OutputFormat f : values()) {
            if (f.option.equals(option.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + option + "'; use one of ttl, jsonld, nt, nq, trig, rdfxml");
    }

    /** The prefixes medkg's output uses. */
    public static PrefixMap prefixes(String base) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("schema", Vocab.SCHEMA);
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("skos", Vocab.SKOS);
        pm.add("dct", Vocab.DCT);
        pm.add("prov", Vocab.PROV);
        pm.add("foaf", Vocab.FOAF);
        pm.add("dbo", Vocab.DBO);
        pm.add("obo", Vocab.OBO);
        pm.add("medkg", Vocab.MEDKG);
        pm.add("cs", "https://w3id.org/medkg/coding-system/");
        pm.add("disease", base + "disease/");
        pm.add("code", base + "code/");
        pm.add("category", base + "category/");
        pm.add("gene", base + "gene/");
        pm.add("drug", base + "drug/");
        pm.add("protein", base + "protein/");
        return pm;
    }

    /**
     * A sink writing this syntax to {@code out}, with medkg's prefixes. Call {@code start()} before and
     * {@code finish()} after the quads; the output is complete only after {@code finish()}.
     */
    public StreamRDF sink(OutputStream out, String base) {
        return sink(out, prefixes(base));
    }

    /** A sink writing this syntax to {@code out} with these prefixes (e.g. the ones a store recorded). */
    public StreamRDF sink(OutputStream out, PrefixMap prefixes) {
        if (StreamRDFWriter.registered(format)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
            StreamRDF graphs = keepsGraphs ? writer : new StreamRDFWrapper(writer) {
                @Override
                public void quad(Quad quad) {
                    triple(quad.asTriple());
                }
            };
            return new StreamRDFWrapper(graphs) {
                @Override
                public void start() {
                    super.start();
                    prefixes.forEach(this::prefix);
                }
            };
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        prefixes.forEach((p, iri) -> dsg.prefixes().add(p, iri));
        return new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void finish() {
                super.finish();
                if (keepsGraphs) {
                    RDFWriter.source(dsg).format(format).output(out);
                } else {
                    RDFWriter.source(dsg.getUnionGraph()).format(format).output(out);
                }
            }
        };
    }
}
