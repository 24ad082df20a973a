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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.rdf.OutputFormat;
import org.medkg.rdf.Vocab;

/**
 * Export streams: a store of 110,000 quads, which does not fit in a {@value #HEAP} heap as a Jena dataset
 * (the test checks that too), exports in every syntax from a child JVM with that heap. The store reuses few
 * distinct RDF terms, so that TDB2's node caches (bounded by entry count, not bytes) stay small and only the
 * export path is measured.
 */
class StoreStreamingExportTest {
    private static final String HEAP = "-Xmx32m";
    private static final int GRAPHS = 110;
    private static final int SUBJECTS = 5;
    private static final int PREDICATES = 10;
    private static final int OBJECTS = 20;

    @TempDir
    Path tmp;

    @Test
    void aStoreLargerThanTheHeapExportsInEverySyntax() throws Exception {
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

        // One child JVM with a small heap exports the store in every syntax (see main below).
        Process export = child("export", dir.toString(), tmp.toString());
        assertTrue(export.waitFor(120, TimeUnit.SECONDS), "the export finished");
        assertEquals(0, export.exitValue(), Files.readString(tmp.resolve("export.log")));
        // The control: the same quads do not fit in that heap as a Jena dataset.
        Process control = child("control", tmp.resolve("out.nq").toString());
        assertTrue(control.waitFor(120, TimeUnit.SECONDS), "the control finished");
        assertTrue(Files.readString(tmp.resolve("control.log")).contains("OutOfMemoryError"),
                "the store is larger than the heap: " + Files.readString(tmp.resolve("control.log")));
        long lines;
        try (BufferedReader r = Files.newBufferedReader(tmp.resolve("out.nq"), StandardCharsets.UTF_8)) {
            lines = r.lines().count();
        }
        assertEquals(quads, lines, "every quad written");
        try (BufferedReader r = Files.newBufferedReader(tmp.resolve("out.jsonld"), StandardCharsets.UTF_8)) {
            assertEquals(GRAPHS, r.lines().filter(l -> l.startsWith("{\"id\":")).count(), "one line per graph");
        }
    }

    private Process child(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-cp", System.getProperty("java.class.path"), getClass().getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(args[0] + ".log").toFile()).start();
    }

    /**
     * The child. {@code export STORE DIR}: exports the store in every syntax to {@code DIR/out.FORMAT}.
     * {@code control FILE}: reads the N-Quads file into an in-memory dataset.
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("control")) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.source(Path.of(args[1])).lang(Lang.NQUADS).parse(dsg);
            System.out.println("held " + dsg.stream().count() + " quads");
            return;
        }
        try (MedkgStore store = MedkgStore.openExisting(Path.of(args[1]))) {
            for (OutputFormat f : OutputFormat.values()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
                        Path.of(args[2], "out." + f.option())))) {
                    new StoreExporter(store).export(f, null, out);
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
