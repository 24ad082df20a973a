package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/** Shared helpers of the parser tests: the structural invariants every parse must meet, and node lookups. */
final class TreeChecks {

    /** The seed article of the project, a zh-Hant Wikipedia article about spinal muscular atrophy. */
    static final Path SEED = Path.of("examples", "zh", "spinal-muscular-atrophy.wiki");

    private TreeChecks() {
    }

    static String seedText() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and checks every invariant of {@link #assertWellFormed}. */
    static WikiDocument parse(String text) {
        WikiDocument doc = WikitextParser.parse(text);
        assertWellFormed(doc);
        return doc;
    }

    /**
     * The invariants: the top-level nodes tile the source exactly (a lossless round trip); every span lies in
     * the input, with line and column matching its offset; children lie within their parent, siblings in
     * order without overlap; template parameters lie within their template; warnings are positioned in the
     * input; and the plain-text, outline and JSON views can be made.
     */
    static void assertWellFormed(WikiDocument doc) {
        String source = doc.source();
        StringBuilder tiled = new StringBuilder(source.length());
        int expectedStart = 0;
        for (Node node : doc.nodes()) {
            assertEquals(expectedStart, node.span().start(), () -> "gap or overlap before top-level " + describe(node));
            expectedStart = node.span().end();
            tiled.append(doc.source(node));
        }
        if (!tiled.toString().equals(source)) {
            fail("top-level nodes do not tile the input");
        }
        int[] lineStarts = lineStarts(source);
        Deque<Node> todo = new ArrayDeque<>(doc.nodes());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            Span span = node.span();
            assertSpan(span, source, lineStarts, node);
            int previousEnd = span.start();
            for (Node child : node.children()) {
                assertNotNull(child, () -> "null child in " + describe(node));
                if (child.span().start() < previousEnd || child.span().end() > span.end()) {
                    fail(describe(child) + " is out of order or outside its parent " + describe(node));
                }
                previousEnd = child.span().end();
                todo.push(child);
            }
            if (node instanceof Template t) {
                for (Parameter p : t.parameters()) {
                    assertTrue(p.span().start() >= span.start() && p.span().end() <= span.end()
                            && p.span().start() <= p.span().end(), () -> "parameter " + p.key() + " outside " + describe(t));
                }
            }
        }
        for (ParseWarning w : doc.warnings()) {
            assertTrue(w.offset() >= 0 && w.offset() <= source.length(), () -> "warning outside the input: " + w);
            if (w.offset() < source.length()) {
                int line = line(lineStarts, w.offset());
                assertEquals(line, w.line(), () -> "warning line: " + w);
                assertEquals(w.offset() - lineStarts[line - 1] + 1, w.column(), () -> "warning column: " + w);
            }
        }
        assertNotNull(PlainText.of(doc.nodes()));
        assertNotNull(PlainText.of(doc.nodes(), List.of("zh-hant", "zh-tw")));
        assertNotNull(TreePrinter.outline(doc.nodes()));
        assertNotNull(TreePrinter.json(doc.nodes()));
        assertNotNull(doc.sections());
    }

    private static void assertSpan(Span span, String source, int[] lineStarts, Node node) {
        if (span.start() < 0 || span.end() > source.length() || span.start() > span.end()) {
            fail("span outside the input: " + describe(node));
        }
        int line = line(lineStarts, span.start());
        if (span.line() != line || span.column() != span.start() - lineStarts[line - 1] + 1) {
            fail("line or column does not match the offset: " + describe(node));
        }
    }

    private static int[] lineStarts(String s) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int line(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** A short description that never recurses into the node's children (records' toString would). */
    static String describe(Node node) {
        return node.getClass().getSimpleName() + " " + node.span();
    }

    /** Every node of the document of this type, in document order. */
    static <T extends Node> List<T> all(WikiDocument doc, Class<T> type) {
        List<T> found = new ArrayList<>();
        doc.walk(n -> {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
        });
        return found;
    }

    /** The first node of this type in document order; fails when there is none. */
    static <T extends Node> T first(WikiDocument doc, Class<T> type) {
        return first(doc, type, n -> true);
    }

    static <T extends Node> T first(WikiDocument doc, Class<T> type, Predicate<T> filter) {
        for (T node : all(doc, type)) {
            if (filter.test(node)) {
                return node;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " found");
    }

    /** The template with this (normalised) name; fails when there is none. */
    static Template template(WikiDocument doc, String name) {
        return doc.templates().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no template " + name));
    }

    /** Plain text of a parameter's value, trimmed. */
    static String value(Template t, String key) {
        return PlainText.of(t.parameter(key).orElseThrow(() -> new AssertionError("no parameter " + key)).value())
                .trim();
    }

    /** The types of the top-level nodes, as simple class names. */
    static List<String> topTypes(WikiDocument doc) {
        return doc.nodes().stream().map(n -> n.getClass().getSimpleName()).toList();
    }

    /** Whether some warning mentions this text. */
    static boolean warned(WikiDocument doc, String fragment) {
        return doc.warnings().stream().anyMatch(w -> w.message().contains(fragment));
    }

    /** The first warning that mentions this text; fails when there is none. */
    static ParseWarning warning(WikiDocument doc, String fragment) {
        return doc.warnings().stream().filter(w -> w.message().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning about " + fragment + " in " + doc.warnings()));
    }
}
