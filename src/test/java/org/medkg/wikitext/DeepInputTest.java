package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathologically deep or long input. Everything runs on a thread with a small stack, so any recursion on the
 * nesting depth (in the parser, the walk, the plain-text view or the printers) would overflow it.
 */
class DeepInputTest {
    private static final int DEPTH = 100_000;
    private static final int SMALL_STACK = 256 * 1024;
    private static final int WARM_UP = 2;
    private static final int RUNS = 9;
    private static final int ATTEMPTS = 3;
    private static final double MAX_RATIO = 12;

    static Stream<Arguments> deepInputs() {
        return Stream.of(
                Arguments.of("nested templates", "{{a|".repeat(DEPTH) + "}}".repeat(DEPTH)),
                Arguments.of("nested named parameters", "{{a|b=".repeat(DEPTH) + "}}".repeat(DEPTH)),
                Arguments.of("unclosed [[", "[[".repeat(DEPTH)),
                Arguments.of("unclosed [[ with text", "[[a ".repeat(DEPTH)),
                Arguments.of("nested links", "[[a|".repeat(DEPTH) + "]]".repeat(DEPTH)),
                Arguments.of("nested link targets", "[[ ".repeat(DEPTH) + "]]".repeat(DEPTH)),
                Arguments.of("unclosed {{", "{{".repeat(DEPTH)),
                Arguments.of("unclosed {{ with text", "{{a|".repeat(DEPTH)),
                Arguments.of("unclosed -{", "-{".repeat(DEPTH)),
                Arguments.of("nested variants", "-{zh-hans:".repeat(DEPTH) + "}-".repeat(DEPTH)),
                Arguments.of("nested arguments", "{{{".repeat(DEPTH) + "}}}".repeat(DEPTH)),
                Arguments.of("mixed nesting", "{{a|[[b|-{".repeat(DEPTH / 3) + "}-]]}}".repeat(DEPTH / 3)),
                Arguments.of("external links in templates", "{{a|[http://x.org ".repeat(DEPTH) + "}}".repeat(DEPTH)),
                Arguments.of("refs around templates", "<ref>{{a|".repeat(DEPTH) + "}}</ref>".repeat(DEPTH)),
                Arguments.of("nested tables", "{|\n|\n".repeat(DEPTH / 2)),
                Arguments.of("nested closed tables", "{|\n|\n".repeat(DEPTH / 2) + "|}\n".repeat(DEPTH / 2)),
                Arguments.of("list markers", "*#:;".repeat(DEPTH / 8) + " a\n"),
                Arguments.of("list lines", "** {{a|\n".repeat(DEPTH / 2)),
                Arguments.of("stray closers", "}}]]}-|}".repeat(DEPTH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepInputs")
    void deepInputParsesAndEveryViewWorks(String name, String text) throws Exception {
        AtomicLong count = new AtomicLong();
        onSmallStack(() -> {
            WikiDocument doc = WikitextParser.parse(text);
            TreeChecks.assertWellFormed(doc);
            doc.walk(n -> count.incrementAndGet());
            assertEquals(count.get(), doc.all().count());
            doc.templates().count();
            doc.links().count();
            PlainText.line(doc.nodes());
        });
        assertTrue(count.get() > 0);
    }

    static Stream<Arguments> growingInputs() {
        return Stream.of(
                Arguments.of("seed article", (IntFunction<String>) k -> TreeChecks.seedText().repeat(k / 500)),
                Arguments.of("nested templates", (IntFunction<String>) k -> "{{a|".repeat(k) + "}}".repeat(k)),
                Arguments.of("nested links", (IntFunction<String>) k -> "[[a|".repeat(k) + "]]".repeat(k)),
                Arguments.of("bare urls", (IntFunction<String>) k -> "see http://a.org/b ".repeat(k)),
                Arguments.of("heading-like lines ending a comment", (IntFunction<String>) k -> "=x-->\n".repeat(k)),
                Arguments.of("unclosed comments in refs", (IntFunction<String>) k -> "<ref><!--</ref>".repeat(k)),
                Arguments.of("unclosed refs", (IntFunction<String>) k -> "<ref name=x/ a ".repeat(k)),
                Arguments.of("refs nested too deep",
                        (IntFunction<String>) k -> "<ref><poem>" + "<references>".repeat(k) + "</references></poem></ref>"),
                Arguments.of("unclosed opaque tags", (IntFunction<String>) k -> "<nowiki>a</b>".repeat(k)),
                Arguments.of("variants", (IntFunction<String>) k -> "-{a}-{b}}-".repeat(k)),
                Arguments.of("tables", (IntFunction<String>) k -> "{|\n|a||b\n|-\n!c!!d\n".repeat(k)));
    }

    /**
     * Parsing four times the input takes well under sixteen times the time. Times are thread CPU times, the
     * best of interleaved runs after warming up (other load on the machine only ever adds time); a ratio over
     * the bound is measured again, so that only a ratio that stays high fails.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("growingInputs")
    void parseTimeGrowsLinearly(String name, IntFunction<String> input) throws Exception {
        int size = 10_000;
        String small = input.apply(size);
        String large = input.apply(4 * size);
        AtomicReference<Double> ratio = new AtomicReference<>(Double.MAX_VALUE);
        onSmallStack(() -> {
            for (int attempt = 0; attempt < ATTEMPTS && ratio.get() >= MAX_RATIO; attempt++) {
                ratio.set(Math.min(ratio.get(), ratio(small, large)));
            }
        });
        assertTrue(ratio.get() < MAX_RATIO, name + ": 4x the input took " + ratio.get() + "x the time");
    }

    private static double ratio(String small, String large) {
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int run = -WARM_UP; run < RUNS; run++) {
            long s = cpuTime(small);
            long l = cpuTime(large);
            if (run >= 0) {
                bestSmall = Math.min(bestSmall, s);
                bestLarge = Math.min(bestLarge, l);
            }
        }
        return (double) bestLarge / Math.max(1, bestSmall);
    }

    private static long cpuTime(String text) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        WikitextParser.parse(text);
        return bean.getCurrentThreadCpuTime() - start;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static void onSmallStack(Check check) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                check.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        Throwable e = failure.get();
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof Exception exception) {
            throw exception;
        }
    }
}
