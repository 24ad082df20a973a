package org.medkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Checks run before the JMH benchmark, on the same inputs:
 *
 * <ol>
 *   <li>parses every article of each input once with each parser and reports the articles a parser failed
 *       on (exception per article, caught and counted), with the time of that cold pass;
 *   <li>with {@code --warm W [--measure M]}: then repeats whole-input passes for W seconds to warm up, and for
 *       M seconds more (default 5) measures each pass in wall time and in CPU time of the parsing thread. The CPU-time rate is
 *       what one core does while it runs the parser, and stays meaningful when other processes share the
 *       machine (then the wall-time rates, JMH's included, drop and scatter). It is a cross-check, not a
 *       replacement for the JMH figures.
 * </ol>
 *
 * <pre>java -cp benchmarks.jar [-Dmedkg.bench.corpus=FILE] org.medkg.bench.ParserCheck [--warm W] [--measure M] [parser…]</pre>
 */
public final class ParserCheck {

    public static void main(String[] args) throws Exception {
        double warm = 0;
        double measure = 5;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warm")) {
                warm = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--measure")) {
                measure = Double.parseDouble(args[++i]);
            } else {
                names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            names = Parsers.NAMES;
        }
        Parsers parsers = new Parsers();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String input : List.of("seed", "corpus")) {
            Corpus c = Corpus.load(input);
            System.out.printf(Locale.ROOT, "input %-6s %s: %s%n", input, c.name(), c.describe());
            for (String name : names) {
                int[] failures = {0};
                String[] first = {null};
                long t0 = System.nanoTime();
                pass(parsers, name, c, failures, first);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "  %-17s failures %d/%d%s; one cold pass %.3f s%n", name, failures[0],
                        c.articles(), first[0] == null ? "" : " (first: " + first[0] + ")", s);
                if (warm > 0) {
                    long end = System.nanoTime() + (long) (warm * 1e9);
                    while (System.nanoTime() < end) {
                        pass(parsers, name, c, failures, first);
                    }
                    // Small inputs: repeat the pass inside one sample so that a sample lasts ≥ ~50 ms.
                    long p0 = System.nanoTime();
                    pass(parsers, name, c, failures, first);
                    double warmPass = (System.nanoTime() - p0) / 1e9;
                    int reps = (int) Math.max(1, Math.min(1_000_000, 0.05 / Math.max(warmPass, 1e-9)));
                    List<Double> wallRates = new ArrayList<>();
                    List<Double> cpuRates = new ArrayList<>();
                    end = System.nanoTime() + (long) (measure * 1e9);
                    while (System.nanoTime() < end || wallRates.size() < 3) {
                        long w0 = System.nanoTime();
                        long c0 = mx.getCurrentThreadCpuTime();
                        for (int k = 0; k < reps; k++) {
                            pass(parsers, name, c, failures, first);
                        }
                        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                        double wall = (System.nanoTime() - w0) / 1e9;
                        double mb = reps * c.utf8Bytes() / 1e6;
                        wallRates.add(mb / wall);
                        cpuRates.add(mb / cpu);
                    }
                    System.out.printf(Locale.ROOT,
                            "  %-17s warm, %d samples: CPU time %.2f MB/s (median; best %.2f) | wall time %.2f MB/s (median)%n",
                            name, cpuRates.size(), median(cpuRates), Collections.max(cpuRates), median(wallRates));
                }
            }
        }
    }

    private static void pass(Parsers parsers, String name, Corpus c, int[] failures, String[] first) {
        for (int i = 0; i < c.articles(); i++) {
            try {
                Object tree = parsers.parse(name, c.texts().get(i), c.titles().get(i));
                if (tree == null) {
                    throw new IllegalStateException("null tree");
                }
            } catch (Exception | StackOverflowError e) {
                failures[0]++;
                if (first[0] == null) {
                    first[0] = c.titles().get(i) + ": " + e;
                }
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
