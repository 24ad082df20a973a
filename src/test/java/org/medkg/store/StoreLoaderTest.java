package org.medkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.pipeline.Summary;
import org.medkg.rdf.Vocab;

class StoreLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void eachArticleInItsOwnGraphAndReloadIsIdempotent() {
        DatasetGraph expected = StoreFixtures.expected(StoreFixtures.ARTICLES);
        try (MedkgStore store = MedkgStore.open(tmp.resolve("store"))) {
            Summary summary = StoreFixtures.load(store, 3, StoreFixtures.ARTICLES);
            assertEquals(0, summary.failed());
            StoreStats first = store.stats();
            assertEquals(StoreFixtures.graphs(expected), first.graphs(), "one graph per article");
            assertTrue(first.graphs() >= 7, first.toString());
            assertEquals(first.graphs(), first.articles());
            assertEquals(StoreFixtures.diseases(expected), first.diseases());
            assertTrue(IsoMatcher.isomorphic(expected, StoreFixtures.copy(store)), "the store holds what was extracted");

            StoreFixtures.load(store, 4, StoreFixtures.ARTICLES);
            assertEquals(first, store.stats(), "loading again changes no count");
            assertTrue(IsoMatcher.isomorphic(expected, StoreFixtures.copy(store)), "and no triple");
        }
    }

    @Test
    void queriesSeeTheUnionOfTheGraphsAsDefaultGraph() {
        try (MedkgStore store = MedkgStore.open(tmp.resolve("store"))) {
            StoreFixtures.load(store, 100, StoreFixtures.ARTICLES);
            String q = "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <http://schema.org/MedicalCondition> }";
            long viaExec = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExec e = QueryExec.dataset(store.dataset()).query(q).build()) {
                    return ((Number) e.select().next().get("n").getLiteralValue()).longValue();
                }
            });
            Dataset ds = DatasetFactory.wrap(store.dataset());
            long viaDataset = Txn.calculateRead(ds, () -> {
                try (QueryExecution e = QueryExecutionFactory.create(q, ds)) {
                    return e.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(StoreFixtures.diseases(StoreFixtures.expected(StoreFixtures.ARTICLES)), viaExec);
            assertTrue(viaExec >= 7);
            assertEquals(viaExec, viaDataset);
        }
    }

    @Test
    void anUpdatedArticleReplacesItsOldFacts() throws Exception {
        Path v1 = tmp.resolve("v1.wiki");
        Path v2 = tmp.resolve("v2.wiki");
        Files.writeString(v1, "'''Testitis''' is a rare disease.\n{{Infobox medical condition\n| name = Testitis\n"
                + "| ICD10 = {{ICD10|Q|99|1|q|90}}\n}}\n[[Category:Rare diseases]]\n");
        Files.writeString(v2, "'''Testitis''' is a rare disease.\n{{Infobox medical condition\n| name = Testitis\n"
                + "| ICD10 = {{ICD10|Q|98|2|q|90}}\n}}\n[[Category:Rare diseases]]\n");
        try (MedkgStore store = MedkgStore.open(tmp.resolve("store"))) {
            StoreFixtures.load(store, 10, List.of(v1.toString()));
            assertTrue(ask(store, "Q99.1"));
            long graphs = store.stats().graphs();
            StoreFixtures.load(store, 10, List.of(v2.toString()));
            assertFalse(ask(store, "Q99.1"), "the old code is gone");
            assertTrue(ask(store, "Q98.2"));
            assertEquals(graphs, store.stats().graphs());
        }
    }

    private static boolean ask(MedkgStore store, String code) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec e = QueryExec.dataset(store.dataset())
                    .query("ASK { ?c <http://schema.org/codeValue> \"" + code + "\" }").build()) {
                return e.ask();
            }
        });
    }

    @Test
    void aFailedBatchLeavesTheStoreAsItWas() {
        try (MedkgStore store = MedkgStore.open(tmp.resolve("store"))) {
            StoreLoader loader = new StoreLoader(store, 2, null, null);
            loader.accept(article("a", 3));
            loader.accept(article("b", 3));
            assertEquals(1, loader.batches());

            loader.accept(article("a", 5));
            Node g = NodeFactory.createURI("urn:test:graph/c");
            // A variable is no RDF term: TDB2 refuses it in the middle of the batch's transaction.
            ArticleGraph bad = new ArticleGraph(g, List.of(Quad.create(g, g, RDF.type.asNode(), Vocab.Entity),
                    Quad.create(g, g, RDF.value.asNode(), NodeFactory.createVariable("x"))));
            StoreException e = assertThrows(StoreException.class, () -> loader.accept(bad));
            assertTrue(e.getMessage().contains("could not be stored"), e.getMessage());
            assertFalse(store.dataset().isInTransaction());
        }
        try (MedkgStore store = MedkgStore.open(tmp.resolve("store"))) {
            StoreStats stats = store.stats();
            assertEquals(2, stats.graphs(), "graph c never came in");
            assertEquals(6, stats.quads(), "graph a still has its first version: its delete was rolled back");
        }
    }

    @Test
    void withinABatchTheLastVersionOfAGraphWins() {
        try (MedkgStore store = MedkgStore.open(tmp.resolve("store"))) {
            try (StoreLoader loader = new StoreLoader(store, 10, null, null)) {
                loader.accept(article("a", 4));
                loader.accept(article("b", 2));
                loader.accept(article("a", 3));
            }
            StoreStats stats = store.stats();
            assertEquals(2, stats.graphs());
            assertEquals(5, stats.quads());
        }
    }

    @Test
    void theSplitterCutsTheStreamAtEveryArticle() {
        List<ArticleGraph> seen = new ArrayList<>();
        ArticleGraphSink sink = new ArticleGraphSink() {
            @Override
            public void accept(ArticleGraph graph) {
                seen.add(graph);
            }

            @Override
            public void close() {
            }
        };
        ArticleGraphSplitter splitter = new ArticleGraphSplitter(sink);
        splitter.start();
        // The same article twice in a row (same graph), then another.
        for (ArticleGraph a : List.of(article("a", 3), article("a", 2), article("b", 4))) {
            a.quads().forEach(splitter::quad);
        }
        splitter.finish();
        assertEquals(List.of(3, 2, 4), seen.stream().map(a -> a.quads().size()).toList());
        assertThrows(IllegalArgumentException.class, () -> splitter.quad(Quad.create(Quad.defaultGraphIRI,
                Vocab.Entity, RDF.type.asNode(), Vocab.Entity)));
    }

    @Test
    void aFolderWithOtherFilesIsNoStore() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "hello");
        StoreException e = assertThrows(StoreException.class, () -> MedkgStore.open(tmp));
        assertTrue(e.getMessage().contains("not a medkg store"), e.getMessage());
        e = assertThrows(StoreException.class, () -> MedkgStore.openExisting(tmp.resolve("missing")));
        assertTrue(e.getMessage().contains("no store at"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("missing")), "reading a missing store does not make one");
    }

    /** A graph of {@code n} quads that opens like an article graph does ({@code <G> a prov:Entity}). */
    static ArticleGraph article(String name, int n) {
        Node g = NodeFactory.createURI("urn:test:graph/" + name);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), Vocab.Entity));
        for (int i = 1; i < n; i++) {
            quads.add(Quad.create(g, g, RDF.value.asNode(), NodeFactory.createLiteralString(name + i)));
        }
        return new ArticleGraph(g, quads);
    }
}
