package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.store.MedkgStore;
import org.medkg.store.StoreStats;

/**
 * {@code medkg load} in a child JVM, killed with SIGKILL in the middle of a load: the store opens again and
 * holds whole batches only. While it runs, a second {@code medkg} on the same store is refused cleanly.
 */
class StoreCrashTest {
    private static final int BATCH = 5;
    private static final Pattern COMMITTED = Pattern.compile("committed batch (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void killDashNineMidLoadKeepsWholeBatchesAndASecondProcessIsRefused() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < 4000; i++) {
            Files.writeString(articles.resolve(String.format("a%05d.wiki", i)),
                    "'''Crashitis " + i + "''' is a rare disease of the test suite.\n\n"
                            + "[[Category:Rare diseases]]\n");
        }
        Path store = tmp.resolve("store");
        Process loader = medkg("-v", "load", articles.toString(), "--store", store.toString(),
                "--batch", Integer.toString(BATCH));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(loader.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            } catch (Exception e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            int committed = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (committed < 3 && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                Matcher m = line == null ? null : COMMITTED.matcher(line);
                if (m != null && m.find()) {
                    committed = Integer.parseInt(m.group(1));
                }
            }
            assertTrue(committed >= 3, "the loader committed batches: " + lines);
            assertTrue(loader.isAlive(), "still loading");

            // A second medkg on the same store: refused with a message, exit 1, no stack trace.
            Process second = medkg("stats", "--store", store.toString());
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(loader.isAlive(), "the loader still held the store");
            assertEquals(1, second.exitValue(), err);
            assertTrue(err.contains("is in use by another process (PID " + loader.pid() + ")"), err);
            assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);

            loader.destroyForcibly(); // SIGKILL
            assertTrue(loader.waitFor(30, TimeUnit.SECONDS));
        } finally {
            loader.destroyForcibly();
        }

        try (MedkgStore s = MedkgStore.openExisting(store)) {
            StoreStats stats = s.stats();
            assertTrue(stats.graphs() >= 3 * BATCH, stats.toString());
            assertEquals(0, stats.graphs() % BATCH, "whole batches only: " + stats);
            assertEquals(stats.graphs(), stats.articles());
            Set<Long> sizes = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExec e = QueryExec.dataset(s.dataset())
                        .query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").build()) {
                    RowSet rows = e.select();
                    List<Long> n = new ArrayList<>();
                    rows.forEachRemaining(b -> n.add(((Number) b.get("n").getLiteralValue()).longValue()));
                    return n.stream().collect(Collectors.toSet());
                }
            });
            assertEquals(1, sizes.size(), "every graph is whole: " + sizes);
        }
        // And the store takes more.
        Cli.Run more = StoreCommandsTest.medkg("load", articles.resolve("a03999.wiki").toString(),
                "--store", store.toString());
        assertEquals(0, more.status(), more.toString());
    }

    private static Process medkg(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertNotNull(p);
        return p;
    }
}
