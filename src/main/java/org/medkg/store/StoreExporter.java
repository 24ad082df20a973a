package org.medkg.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.medkg.rdf.IriScheme;
import org.medkg.rdf.OutputFormat;

/**
 * Writes a store, or one graph of it, in any of medkg's {@link OutputFormat}s, streaming: inside one read
 * transaction the quads are iterated straight from TDB2's indexes into a streaming writer, so a store
 * larger than the heap exports in constant memory (JSON-LD: one article graph at a time).
 *
 * <ul>
 * <li>Turtle, N-Triples ({@code TURTLE_BLOCKS}, {@code NTRIPLES}) and RDF/XML ({@link RdfXmlStreamWriter}):
 * the union graph, each triple once ({@link MedkgStore#unionTriples}, which unlike Jena's union graph holds
 * no set of the triples seen), grouped by subject.</li>
 * <li>TriG, N-Quads ({@code TRIG_BLOCKS}, {@code NQUADS}): every quad, in its named graph, graph after
 * graph ({@link MedkgStore#quadsByGraph}).</li>
 * <li>JSON-LD: one compacted object per named graph ({@link JsonLdStreamWriter}).</li>
 * </ul>
 *
 * With a graph name, only that graph (in the syntaxes with graphs, still named). Turtle, TriG and RDF/XML
 * use the prefixes recorded in the store by {@code load}, or medkg's default ones.
 */
public final class StoreExporter {
    private final MedkgStore store;

    public StoreExporter(MedkgStore store) {
        this.store = store;
    }

    /**
     * Writes the store ({@code graph} null) or one of its graphs to {@code out}; returns the number of triples
     * (merged syntaxes) or quads written.
     *
     * @throws StoreException when {@code graph} is not in the store
     */
    public long export(OutputFormat format, Node graph, OutputStream out) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            if (graph != null && !dsg.containsGraph(graph)) {
                throw new StoreException("the store has no graph <" + graph.getURI() + ">");
            }
            PrefixMap prefixes = dsg.prefixes().isEmpty() ? OutputFormat.prefixes(IriScheme.DEFAULT_BASE)
                    : dsg.prefixes();
            if (format == OutputFormat.JSONLD) {
                return jsonld(dsg, graph, out);
            }
            StreamRDF sink = format == OutputFormat.RDFXML ? new RdfXmlStreamWriter(out, prefixes)
                    : format.sink(out, prefixes);
            long n = 0;
            sink.start();
            if (format.keepsGraphs()) {
                Iterator<Quad> quads = graph == null ? MedkgStore.quadsByGraph(dsg)
                        : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
                while (quads.hasNext()) {
                    sink.quad(quads.next());
                    n++;
                }
                Iter.close(quads);
            } else {
                Iterator<Triple> triples = graph == null ? MedkgStore.unionTriples(dsg) : dsg.getGraph(graph).find();
                while (triples.hasNext()) {
                    sink.triple(triples.next());
                    n++;
                }
                Iter.close(triples);
            }
            sink.finish();
            return n;
        });
    }

    private static long jsonld(DatasetGraph dsg, Node graph, OutputStream out) {
        JsonLdStreamWriter writer = new JsonLdStreamWriter(out);
        writer.start();
        long[] n = {0};
        if (graph == null) {
            writer.graph(Quad.defaultGraphIRI, counted(dsg.getDefaultGraph().find()
                    .mapWith(t -> Quad.create(Quad.defaultGraphIRI, t)), n));
        }
        Iterator<Node> graphs = graph == null ? dsg.listGraphNodes() : Iter.singletonIterator(graph);
        while (graphs.hasNext()) {
            Node g = graphs.next();
            writer.graph(g, counted(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), n));
        }
        writer.finish();
        return n[0];
    }

    private static Iterator<Quad> counted(Iterator<Quad> quads, long[] n) {
        return Iter.map(quads, q -> {
            n[0]++;
            return q;
        });
    }
}
