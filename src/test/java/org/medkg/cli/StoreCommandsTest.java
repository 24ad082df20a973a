package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.cli.Cli.Run;

/** {@code medkg load}, {@code stats} and {@code export}, run in-process through {@link Main#run}. */
class StoreCommandsTest {
    static final String ARTICLES = "src/test/resources/articles";
    static final String SEED = "examples/zh/spinal-muscular-atrophy.wiki";

    @TempDir
    Path tmp;

    /** What one run printed and returned. */
    static Run medkg(String... args) {
        return medkgWithInput(InputStream.nullInputStream(), args);
    }

    static Run medkgWithInput(InputStream in, String... args) {
        return Cli.run(in, args);
    }

    @Test
    void loadStatsExport() throws Exception {
        // What extract gives for the same articles: the store must hold exactly that.
        Run extract = medkg("extract", ARTICLES, SEED, "-f", "nq");
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(extract.out(), Lang.NQUADS).parse(expected);
        long graphs = expected.stream().map(q -> q.getGraph()).distinct().count();
        long quads = expected.stream().count();
        assertTrue(graphs >= 7, extract.toString());

        String store = tmp.resolve("store").toString();
        Run load = medkg("load", ARTICLES, SEED, "--store", store, "--batch", "4");
        assertEquals(0, load.status(), load.toString());
        assertTrue(load.err().contains("9 articles: 7 with a disease, 2 without, 0 failed"), load.err());
        assertTrue(load.err().contains("stored " + graphs + " graphs (0 replaced, " + quads + " quads) in "
                + (graphs + 3) / 4 + " batches into " + store), load.err());

        Run stats = medkg("stats", "--store", store);
        assertEquals(0, stats.status(), stats.toString());
        assertTrue(stats.out().startsWith("articles  " + graphs + "\ndiseases  7\n"), stats.out());
        assertTrue(stats.out().contains("quads     " + quads + "\ngraphs    " + graphs + "\n"), stats.out());

        Run again = medkg("load", ARTICLES, SEED, "--store", store);
        assertTrue(again.err().contains("stored " + graphs + " graphs (" + graphs + " replaced, "), again.err());
        assertEquals(stats.out(), medkg("stats", "--store", store).out(), "a re-load changes no count");

        Run ttl = medkg("export", "--store", store);
        assertEquals(0, ttl.status(), ttl.err());
        assertTrue(ttl.out().contains("PREFIX schema: <http://schema.org/>"));
        Graph union = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(union);
        assertTrue(stats.out().contains("triples   " + union.size() + "\n"), union.size() + " vs\n" + stats.out());

        Path nq = tmp.resolve("out.nq");
        Run toFile = medkg("export", "--store", store, "-f", "nq", "-o", nq.toString(), "--graph",
                "https://w3id.org/medkg/graph/zh/脊髓性肌肉萎縮症");
        assertEquals(0, toFile.status(), toFile.toString());
        assertEquals("", toFile.out());
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(one);
        assertEquals(1, one.stream().map(q -> q.getGraph()).distinct().count());
        assertTrue(toFile.err().startsWith("wrote " + one.stream().count() + " quads to "), toFile.err());
        try (var files = Files.list(tmp)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }

        Run missing = medkg("export", "--store", store, "--graph", "https://w3id.org/medkg/graph/en/Nothing");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("the store has no graph <https://w3id.org/medkg/graph/en/Nothing>"),
                missing.err());
    }

    @Test
    void aMissingStoreIsAnErrorNotANewStore() {
        Path none = tmp.resolve("none");
        for (String command : new String[] {"stats", "export"}) {
            Run r = medkg(command, "--store", none.toString());
            assertEquals(1, r.status(), r.toString());
            assertTrue(r.err().contains("no store at " + none), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        assertFalse(Files.exists(none));
    }

    @Test
    void badUsageExitsTwo() {
        String store = tmp.resolve("s").toString();
        for (String[] args : new String[][] {
                {"load", "--store", store},
                {"load", ARTICLES, "--store", store, "--batch", "0"},
                {"load", ARTICLES, "--store", store, "--endpoint", "http://localhost:1/ds"},
                {"load", ARTICLES, "--endpoint", "not a url"},
                {"load", ARTICLES, "--store", store, "--lang", "fr"},
                {"export", "--store", store, "-f", "pdf"},
                {"export", "--store", store, "--graph", "relative"},
                {"stats", "extra", "--store", store}}) {
            Run r = medkg(args);
            assertEquals(2, r.status(), String.join(" ", args) + "\n" + r);
        }
    }

    @Test
    void helpNamesTheCommandsAndTheDefaultStore() {
        Run help = medkg("--help");
        assertTrue(help.out().contains("load"), help.out());
        assertTrue(help.out().contains("stats"));
        assertTrue(help.out().contains("export"));
        for (String c : new String[] {"load", "stats", "export"}) {
            Run r = medkg(c, "--help");
            assertEquals(0, r.status());
            assertTrue(r.out().contains("--store <DIR>"), r.out());
            assertTrue(r.out().contains("(default ./medkg-store)"), r.out());
        }
        assertTrue(medkg("load", "--help").out().contains("--endpoint <URL>"));
        assertTrue(medkg("export", "--help").out().contains("--graph <IRI>"));
    }
}
