package org.medkg.rdf;

import org.apache.jena.graph.Triple;
import org.medkg.extract.Evidence;
import org.medkg.source.Article;

/** Hears each triple as it is written, with the article and the place it came from (null: none). */
@FunctionalInterface
public interface FactListener {
    FactListener NONE = (article, triple, evidence) -> { };

    void fact(Article article, Triple triple, Evidence evidence);
}
