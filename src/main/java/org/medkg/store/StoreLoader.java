package org.medkg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads article graphs into a {@link MedkgStore} in batches of {@code batchSize} articles (and whatever is
 * left at {@link #close()}), one write transaction per batch: in it, every graph of the batch is first
 * emptied ({@code deleteAny(g, ANY, ANY, ANY)}) and then the batch's quads are loaded. So loading an article
 * again replaces its graph (a re-load is idempotent; an updated article's old facts go), and a batch is
 * either committed whole or, on an error, a crash or {@code kill -9}, not at all: TDB2 recovers a store to
 * its last commit when it is opened again.
 *
 * <p><b>Loader.</b> The quads go through TDB2's bulk-loader API, {@link LoaderFactory#basicLoader
 * LoaderFactory.basicLoader}: its {@link DataLoader#startBulk()} begins the dataset's write transaction,
 * {@link DataLoader#finishBulk()} commits it and {@link DataLoader#finishException} aborts it, so the
 * deletes and the load share that one transaction. The other TDB2 loaders ({@code phased}, {@code parallel},
 * {@code sequential}) are for building a database offline from big files: they take the database into
 * exclusive mode and write the node table and each index under transactions of their own, so a batch
 * would not be atomic (a kill between two indexes leaves them disagreeing) and the graph deletes could not
 * share the load's transaction. A batch of articles is small (a few thousand quads), where their
 * multi-threaded index building gains nothing anyway.
 *
 * <p>Within a batch, a graph given twice keeps its last version. A batch's quads are held in memory until
 * it is committed; {@code batchSize} bounds that.
 */
public final class StoreLoader implements ArticleGraphSink {
    /** The default number of articles in one transaction. */
    public static final int DEFAULT_BATCH = 100;

    /** Hears every committed batch. */
    @FunctionalInterface
    public interface BatchListener {
        void committed(int batch, int graphs, long quads);
    }

    private final DatasetGraph dsg;
    private final int batchSize;
    private final PrefixMap prefixes;
    private final BatchListener listener;
    private final Map<Node, ArticleGraph> pending = new LinkedHashMap<>();
    private boolean prefixesWritten;
    private int batches;
    private long graphs;
    private long replaced;
    private long quads;

    /**
     * @param prefixes recorded in the store with the first batch (export writes Turtle with them); may be null
     * @param listener may be null
     */
    public StoreLoader(MedkgStore store, int batchSize, PrefixMap prefixes, BatchListener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.dsg = store.dataset();
        this.batchSize = batchSize;
        this.prefixes = prefixes;
        this.listener = listener;
    }

    @Override
    public void accept(ArticleGraph graph) {
        pending.remove(graph.name());
        pending.put(graph.name(), graph);
        if (pending.size() >= batchSize) {
            commit();
        }
    }

    /** Commits the pending articles as one batch, if there are any. */
    public void commit() {
        if (pending.isEmpty()) {
            return;
        }
        DataLoader loader = LoaderFactory.basicLoader(dsg, null);
        long batchQuads = 0;
        int batchReplaced = 0;
        loader.startBulk();
        try {
            for (Node g : pending.keySet()) {
                if (dsg.containsGraph(g)) {
                    batchReplaced++;
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
            }
            StreamRDF stream = loader.stream();
            stream.start();
            if (prefixes != null && !prefixesWritten) {
                prefixes.forEach(stream::prefix);
            }
            for (ArticleGraph article : pending.values()) {
                for (Quad q : article.quads()) {
                    stream.quad(q);
                }
                batchQuads += article.quads().size();
            }
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            if (dsg.isInTransaction()) {
                loader.finishException(e);
            }
            pending.clear();
            throw new StoreException("a batch of articles could not be stored; the store keeps the batches before it: "
                    + e.getMessage(), e);
        }
        prefixesWritten = true;
        batches++;
        graphs += pending.size();
        replaced += batchReplaced;
        quads += batchQuads;
        int n = pending.size();
        pending.clear();
        if (listener != null) {
            listener.committed(batches, n, batchQuads);
        }
    }

    /** Commits the last batch. */
    @Override
    public void close() {
        commit();
    }

    /** The committed batches. */
    public int batches() {
        return batches;
    }

    /** The article graphs committed (each batch's distinct graphs, summed). */
    public long graphs() {
        return graphs;
    }

    /** Of {@link #graphs()}, those that replaced a graph already in the store. */
    public long replaced() {
        return replaced;
    }

    /** The quads committed. */
    public long quads() {
        return quads;
    }
}
