package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medkg load --endpoint}: each article graph PUT to a real Fuseki (Graph Store Protocol). */
class StoreEndpointTest {
    @TempDir
    java.nio.file.Path tmp;

    private DatasetGraph served;
    private FusekiServer server;
    private String url;

    @BeforeEach
    void start() {
        served = DatasetGraphFactory.createTxnMem();
        server = FusekiServer.create().loopback(true).port(0).add("/ds", served).build().start();
        url = "http://localhost:" + server.getPort() + "/ds";
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void pushesEveryArticleGraphAndReplacesItOnReload() {
        String[] args = {"load", StoreCommandsTest.ARTICLES, StoreCommandsTest.SEED, "--endpoint", url};
        Cli.Run run = StoreCommandsTest.medkg(args);
        assertEquals(0, run.status(), run.toString());
        Map<Node, Long> first = sizes(served);
        assertTrue(first.size() >= 7, first.toString());
        assertTrue(run.err().contains("stored " + first.size() + " graphs ("), run.err());
        assertTrue(run.err().contains(" at " + url), run.err());

        // The same graphs as a local load gives.
        String store = tmp.resolve("store").toString();
        assertEquals(0, StoreCommandsTest.medkg("load", StoreCommandsTest.ARTICLES, StoreCommandsTest.SEED,
                "--store", store).status());
        try (org.medkg.store.MedkgStore s = org.medkg.store.MedkgStore.openExisting(java.nio.file.Path.of(store))) {
            assertEquals(first, sizes(s.dataset()));
        }

        assertEquals(0, StoreCommandsTest.medkg(args).status());
        assertEquals(first, sizes(served), "PUT replaces each graph: loading again adds nothing");
    }

    @Test
    void aServerThatIsDownIsAClearErrorAfterRetries() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String down = "http://localhost:" + port + "/ds";
        long t0 = System.nanoTime();
        Cli.Run run = StoreCommandsTest.medkg("load", StoreCommandsTest.SEED, "--endpoint", down,
                "--retries", "2");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("SPARQL endpoint " + down + ": cannot connect"), run.err());
        assertTrue(run.err().contains("(tried 3 times)"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(System.nanoTime() - t0 >= 1_400_000_000L, "waited 0.5 s, then 1 s");
    }

    @Test
    void aWrongPathFailsAtOnceWithTheServersAnswer() {
        Cli.Run run = StoreCommandsTest.medkg("load", StoreCommandsTest.SEED, "--endpoint",
                url.replace("/ds", "/nothing-here"));
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("HTTP 404"), run.err());
        assertFalse(run.err().contains("tried"), run.err());
    }

    private static Map<Node, Long> sizes(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Long> m = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> m.put(g, (long) dsg.getGraph(g).size()));
            return m;
        });
    }
}
