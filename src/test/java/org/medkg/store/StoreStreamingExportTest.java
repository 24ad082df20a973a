package org.medkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.rdf.OutputFormat;
import org.medkg.rdf.Vocab;

/**
 * Export streams: a store of 200,000 quads (whose N-Quads alone weigh more than the heap, and which as a
 * Jena graph in memory would need several times that) exports in every syntax from a child JVM limited to
 * {@value #HEAP}. The store reuses few distinct RDF terms, so that
 * TDB2's node caches (bounded by entry count, not bytes) stay small and only the export path is measured.
 */
class StoreStreamingExportTest {
    private static final String HEAP = "-Xmx32m";
    private static final int GRAPHS = 200;
    private static final int SUBJECTS = 5;
    private static final int PREDICATES = 10;
    private static final int OBJECTS = 20;

    @TempDir
    Path tmp;

    @Test
    void aStoreLargerThanTheHeapExportsInEverySyntax() throws Exception {
        final long T0 = System.nanoTime();
        Path dir = tmp.resolve("store");
        long quads = 0;
        try (MedkgStore store = MedkgStore.open(dir); StoreLoader loader = new StoreLoader(store, 50, null, null)) {
            for (int g = 0; g < GRAPHS; g++) {
                ArticleGraph a = graph(g);
                quads += a.quads().size();
                loader.accept(a);
            }
        }
        assertEquals(GRAPHS * (1 + SUBJECTS * PREDICATES * OBJECTS), quads);

        System.err.println("TIMING load done " + (System.nanoTime() - T0) / 1_000_000);
        // One child JVM with a small heap exports the store in every syntax (see main below).
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StoreStreamingExportTest.class.getName(), dir.toString(), tmp.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the export finished");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("child.log")));
        System.err.println(Files.readString(tmp.resolve("child.log")));
        System.err.println("TIMING child done " + (System.nanoTime() - T0) / 1_000_000);
        long lines;
        try (BufferedReader r = Files.newBufferedReader(tmp.resolve("out.nq"), StandardCharsets.UTF_8)) {
            lines = r.lines().count();
        }
        assertEquals(quads, lines, "every quad written");
        assertTrue(Files.size(tmp.resolve("out.nq")) > 32L << 20, "the N-Quads alone outweigh the heap");
        try (BufferedReader r = Files.newBufferedReader(tmp.resolve("out.jsonld"), StandardCharsets.UTF_8)) {
            assertEquals(GRAPHS, r.lines().filter(l -> l.startsWith("{\"id\":")).count(), "one line per graph");
        }
    }

    /** The child: exports the store {@code args[0]} in every syntax to {@code args[1]/out.FORMAT}. */
    public static void main(String[] args) throws Exception {
        try (MedkgStore store = MedkgStore.openExisting(Path.of(args[0]))) {
            for (OutputFormat f : OutputFormat.values()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
                        Path.of(args[1], "out." + f.option())))) {
                    long t = System.nanoTime();
                    long n = new StoreExporter(store).export(f, null, out);
                    System.out.println("TIMING " + f + " " + n + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
                }
            }
        }
    }

    /** Graph {@code g}: its self-description and SUBJECTS × PREDICATES × OBJECTS triples of its own subjects. */
    private static ArticleGraph graph(int g) {
        Node name = NodeFactory.createURI("https://w3id.org/medkg/graph/en/Stream_" + g);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(name, name, RDF.type.asNode(), Vocab.Entity));
        for (int s = 0; s < SUBJECTS; s++) {
            Node subject = NodeFactory.createURI("https://w3id.org/medkg/disease/Stream_" + g + "_" + s);
            for (int p = 0; p < PREDICATES; p++) {
                Node predicate = Vocab.schema("property" + p);
                for (int o = 0; o < OBJECTS; o++) {
                    quads.add(Quad.create(name, subject, predicate, NodeFactory.createLiteralLang(
                            "a value long enough to weigh something in memory, number " + o, "en")));
                }
            }
        }
        return new ArticleGraph(name, quads);
    }
}
