package org.medkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.medkg.rdf.Vocab;

/**
 * A {@code StreamRDF} (the sink of {@code Pipeline.run}) that cuts the quad stream into one
 * {@link ArticleGraph} per article and hands each, complete, to an {@link ArticleGraphSink}.
 *
 * <p>The pipeline emits each article whole, into the article's own named graph, so an article ends where the
 * graph name changes. Two articles in a row that name the same graph (the same title twice) are still told
 * apart: every article graph opens with its self-description {@code <G> a prov:Entity} in G, and that quad
 * after quads of G starts a new article; the sink then replaces the first by the second, as a later load
 * would. The last article is handed over at {@link #finish()}.
 *
 * <p>Quads in the default graph and bare triples are refused: an article's facts always have a graph.
 */
public final class ArticleGraphSplitter extends StreamRDFBase {
    private final ArticleGraphSink sink;
    private Node current;
    private List<Quad> quads = new ArrayList<>();
    private long articles;

    public ArticleGraphSplitter(ArticleGraphSink sink) {
        this.sink = sink;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (g == null || quad.isDefaultGraph()) {
            throw new IllegalArgumentException("a quad outside any article graph: " + quad);
        }
        if (current != null && (!g.equals(current) || startsArticle(quad))) {
            flush();
        }
        current = g;
        quads.add(quad);
    }

    private static boolean startsArticle(Quad q) {
        return q.getSubject().equals(q.getGraph()) && q.getPredicate().equals(RDF.type.asNode())
                && q.getObject().equals(Vocab.Entity);
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalArgumentException("a triple outside any article graph: " + triple);
    }

    @Override
    public void finish() {
        flush();
    }

    /** The articles handed over so far. */
    public long articles() {
        return articles;
    }

    private void flush() {
        if (current != null && !quads.isEmpty()) {
            ArticleGraph article = new ArticleGraph(current, quads);
            quads = new ArrayList<>();
            current = null;
            articles++;
            sink.accept(article);
        }
    }
}
