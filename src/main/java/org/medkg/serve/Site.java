package org.medkg.serve;

import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.medkg.store.MedkgStore;

/**
 * What every page and document of the server reads: the store, the IRI mapping, the describer, and (built on
 * first use, then kept: the store does not change while served) the name index and the dataset summary.
 */
final class Site {
    private final MedkgStore store;
    private final IriMapping mapping;
    private final ResourceDescriber describer;
    private final Supplier<LabelIndex> index;
    private final Supplier<DatasetSummary> summary;

    Site(MedkgStore store, IriMapping mapping, Graph ontology) {
        this.store = store;
        this.mapping = mapping;
        DatasetGraph dsg = store.dataset();
        this.describer = new ResourceDescriber(dsg, ontology);
        this.index = once(() -> LabelIndex.build(dsg));
        this.summary = once(() -> DatasetSummary.measure(dsg));
    }

    /**
     * Builds the index and the summary on a background thread, so that the first reader does not wait;
     * returns the thread (join it before closing the store).
     */
    Thread warmUp() {
        Thread t = new Thread(() -> {
            summary();
            index();
        }, "medkg-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    MedkgStore store() {
        return store;
    }

    IriMapping mapping() {
        return mapping;
    }

    ResourceDescriber describer() {
        return describer;
    }

    LabelIndex index() {
        return index.get();
    }

    DatasetSummary summary() {
        return summary.get();
    }

    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }
}
