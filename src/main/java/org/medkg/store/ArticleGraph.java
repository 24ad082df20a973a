package org.medkg.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/** One article's named graph: its name and its quads (all in that graph). */
public record ArticleGraph(Node name, List<Quad> quads) {

    public ArticleGraph {
        quads = List.copyOf(quads);
    }

    /** The quads as a (new, in-memory) graph of triples. */
    public Graph asGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }
}
