package org.medkg.store;

/** Where article graphs go: a local store ({@link StoreLoader}) or a remote one ({@link GraphStorePusher}). */
public interface ArticleGraphSink extends AutoCloseable {

    /** Takes one article's graph; it replaces whatever that graph held before. */
    void accept(ArticleGraph graph);

    /** Delivers whatever is still pending (the last batch). */
    @Override
    void close();
}
