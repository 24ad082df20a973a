package org.medkg.bench;

import java.util.List;
import java.util.Locale;

/**
 * Before the benchmark: parses every article of each input once with each parser, and reports the input
 * sizes, the articles each parser failed on (exception per article, caught and counted), and the time of
 * that single cold pass (not a measurement: JMH gives the warm figures).
 *
 * <pre>java -cp benchmarks.jar [-Dmedkg.bench.corpus=FILE] org.medkg.bench.ParserCheck [parser…]</pre>
 */
public final class ParserCheck {

    public static void main(String[] args) throws Exception {
        List<String> names = args.length > 0 ? List.of(args) : Parsers.NAMES;
        Parsers parsers = new Parsers();
        for (String input : List.of("seed", "corpus")) {
            Corpus c = Corpus.load(input);
            System.out.printf(Locale.ROOT, "input %-6s %s: %s%n", input, c.name(), c.describe());
            for (String name : names) {
                int failures = 0;
                String first = null;
                long t0 = System.nanoTime();
                for (int i = 0; i < c.articles(); i++) {
                    try {
                        Object tree = parsers.parse(name, c.texts().get(i), c.titles().get(i));
                        if (tree == null) {
                            throw new IllegalStateException("null tree");
                        }
                    } catch (Exception | StackOverflowError e) {
                        failures++;
                        if (first == null) {
                            first = c.titles().get(i) + ": " + e;
                        }
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "  %-17s failures %d/%d%s; one cold pass %.3f s (%.1f MB/s)%n", name, failures,
                        c.articles(), first == null ? "" : " (first: " + first + ")", s, c.utf8Bytes() / 1e6 / s);
            }
        }
    }
}
