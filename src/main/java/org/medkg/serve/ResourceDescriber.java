package org.medkg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.medkg.rdf.Vocab;

/**
 * The data document of a resource: what a crawler gets when it dereferences a medkg IRI. It holds
 * <ul>
 * <li>the resource's own triples across all article graphs, and those of its blank-node parts (e.g. a
 * citation's periodical), followed to any depth;</li>
 * <li>the whole description of its parts: the codes, citations and images it points to;</li>
 * <li>the evidence of its facts ({@code rdf:Statement} nodes whose subject or object it is, up to
 * {@value #MAX_INCOMING} of each);</li>
 * <li>the triples pointing at it (up to {@value #MAX_INCOMING}), e.g. a gene's {@code schema:associatedDisease};</li>
 * <li>the labels and types of every resource it links to, so a client can show the links without more
 * requests.</li>
 * </ul>
 * Terms the store does not describe (HPO inheritance patterns, coding systems, the ontology's own terms) are
 * looked up in the bundled ontology; the ontology's own IRI, whose terms are hash IRIs, gets the whole of it.
 */
public final class ResourceDescriber {
    static final int MAX_INCOMING = 2000;
    private static final Set<Node> PART_LINKS = Set.of(Vocab.code, Vocab.citation, Vocab.image, Vocab.isPartOf);
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), Vocab.name, Vocab.prefLabel,
            Vocab.alternateName, RDF.type.asNode(), Vocab.codeValue, Vocab.codingSystem);
    /** Links to web pages, not to resources of the graph: their targets are not looked up for labels. */
    private static final Set<Node> PAGE_LINKS = Set.of(Vocab.wikiPageWikiLink, Vocab.wikiPageExternalLink);
    /** Facts of a linked resource worth one more hop: a disease's page shows the proteins its genes encode. */
    private static final List<Node> HOPS = List.of(Vocab.encodesBioChemEntity);

    private final DatasetGraph dataset;
    private final Graph ontology;

    /**
     * @param dataset  the store, read in transactions
     * @param ontology the bundled terms (read-only, outside the store)
     */
    public ResourceDescriber(DatasetGraph dataset, Graph ontology) {
        this.dataset = dataset;
        this.ontology = ontology;
    }

    /** The data document of {@code resource}, or null when neither the store nor the ontology mentions it. */
    public Graph describe(Node resource) {
        if (ontology.contains(resource, RDF.type.asNode(), OWL.Ontology.asNode())) {
            // The ontology's terms are hash IRIs (ontology#Evidence): its document is the whole ontology.
            Graph whole = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(whole, ontology);
            return whole;
        }
        return Txn.calculateRead(dataset, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            addAll(out, find(resource, Node.ANY, Node.ANY));
            List<Triple> incoming = Iter.toList(find(Node.ANY, Node.ANY, resource, MAX_INCOMING));
            if (out.isEmpty() && incoming.isEmpty()) {
                return null;
            }
            Set<Node> linked = new LinkedHashSet<>();
            for (Triple t : List.copyOf(out.find().toList())) {
                Node o = t.getObject();
                if (o.isBlank()) {
                    addBlankClosure(out, o);
                } else if (o.isURI() && !PAGE_LINKS.contains(t.getPredicate())) {
                    linked.add(o);
                    if (PART_LINKS.contains(t.getPredicate())) {
                        addAll(out, find(o, Node.ANY, Node.ANY));
                        closeBlankObjects(out, o);
                    }
                }
            }
            for (Triple t : incoming) {
                out.add(t);
                if (t.getSubject().isURI()) {
                    linked.add(t.getSubject());
                }
            }
            addEvidence(out, resource, linked);
            linked.remove(resource);
            Set<Node> hopped = new LinkedHashSet<>();
            for (Node n : linked) {
                addLabels(out, n);
                for (Node p : HOPS) {
                    find(n, p, Node.ANY).forEachRemaining(t -> {
                        out.add(t);
                        hopped.add(t.getObject());
                        addEvidenceOf(out, t);
                    });
                }
            }
            hopped.removeAll(linked);
            hopped.forEach(n -> addLabels(out, n));
            return out;
        });
    }

    /** True when the store or the ontology has any triple with this subject or object. */
    public boolean exists(Node resource) {
        return Txn.calculateRead(dataset, () -> find(resource, Node.ANY, Node.ANY, 1).hasNext()
                || find(Node.ANY, Node.ANY, resource, 1).hasNext());
    }

    private void addEvidence(Graph out, Node resource, Set<Node> linked) {
        for (Node role : List.of(RDF.subject.asNode(), RDF.object.asNode())) {
            Iterator<Triple> statements = find(Node.ANY, role, resource, MAX_INCOMING);
            while (statements.hasNext()) {
                Node statement = statements.next().getSubject();
                if (statement.isBlank()) {
                    addBlankClosure(out, statement);
                    find(statement, Node.ANY, Node.ANY).forEachRemaining(t -> {
                        if (t.getObject().isURI() && !t.getPredicate().equals(Vocab.wasDerivedFrom)
                                && !t.getPredicate().equals(RDF.type.asNode())) {
                            linked.add(t.getObject());
                        }
                    });
                }
            }
        }
    }

    private void addLabels(Graph out, Node node) {
        for (Node p : LABELS) {
            addAll(out, find(node, p, Node.ANY));
        }
    }

    /** The evidence nodes of one fact. */
    private void addEvidenceOf(Graph out, Triple fact) {
        find(Node.ANY, RDF.subject.asNode(), fact.getSubject()).forEachRemaining(t -> {
            Node statement = t.getSubject();
            if (statement.isBlank() && dataset.contains(Node.ANY, statement, RDF.predicate.asNode(), fact.getPredicate())
                    && dataset.contains(Node.ANY, statement, RDF.object.asNode(), fact.getObject())) {
                addBlankClosure(out, statement);
            }
        });
    }

    private void closeBlankObjects(Graph out, Node subject) {
        find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isBlank()) {
                addBlankClosure(out, t.getObject());
            }
        });
    }

    private void addBlankClosure(Graph out, Node blank) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(blank));
        while (!todo.isEmpty()) {
            Node b = todo.pop();
            if (seen.add(b)) {
                find(b, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    out.add(t);
                    if (t.getObject().isBlank()) {
                        todo.push(t.getObject());
                    }
                });
            }
        }
    }

    private Iterator<Triple> find(Node s, Node p, Node o) {
        return find(s, p, o, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} distinct triples of the union of the article graphs, then of the ontology. */
    private Iterator<Triple> find(Node s, Node p, Node o, int limit) {
        Set<Triple> seen = new LinkedHashSet<>();
        Iterator<Triple> all = Iter.concat(Iter.map(dataset.findNG(Node.ANY, s, p, o), q -> q.asTriple()),
                ontology.find(s, p, o));
        while (all.hasNext() && seen.size() < limit) {
            seen.add(all.next());
        }
        Iter.close(all);
        return seen.iterator();
    }

    private static void addAll(Graph out, Iterator<Triple> triples) {
        triples.forEachRemaining(out::add);
    }
}
