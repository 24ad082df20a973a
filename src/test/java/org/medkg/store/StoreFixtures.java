package org.medkg.store;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.medkg.pipeline.Pipeline;
import org.medkg.pipeline.Summary;

/** The articles the store tests load, and copies of a store's content for comparisons. */
final class StoreFixtures {
    /** The test articles (en and zh) and the seed article. */
    static final List<String> ARTICLES = List.of("src/test/resources/articles",
            "examples/zh/spinal-muscular-atrophy.wiki");

    /** A fixed clock, so that two loads of the same articles give the same triples. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private StoreFixtures() {
    }

    static Pipeline pipeline() {
        return Pipeline.builder().clock(CLOCK).build();
    }

    /** Loads {@code inputs} into {@code store} in batches of {@code batch}. */
    static Summary load(MedkgStore store, int batch, List<String> inputs) {
        try (StoreLoader loader = new StoreLoader(store, batch, null, null)) {
            return pipeline().run(inputs, InputStream.nullInputStream(), new ArticleGraphSplitter(loader));
        }
    }

    /** The articles, extracted straight into memory (what the store should hold). */
    static DatasetGraph expected(List<String> inputs) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        pipeline().run(inputs, InputStream.nullInputStream(), org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /** An in-memory copy of the store's quads. */
    static DatasetGraph copy(MedkgStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
        return copy;
    }

    /** An in-memory copy of the store's union graph. */
    static Graph union(MedkgStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> GraphUtil.addInto(g, store.dataset().getUnionGraph()));
        return g;
    }

    /** The named graphs of an in-memory dataset. */
    static long graphs(DatasetGraph dsg) {
        return org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes());
    }

    /** The distinct diseases ({@code a schema:MedicalCondition}) of an in-memory dataset. */
    static long diseases(DatasetGraph dsg) {
        return dsg.stream().filter(q -> q.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())
                && q.getObject().equals(org.medkg.rdf.Vocab.MedicalCondition)).map(q -> q.getSubject())
                .distinct().count();
    }
}
