package org.medkg.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of medkg's wikitext parser against Sweble's and Bliki's on the same text.
 *
 * <p>One op parses the whole input: every article of it, one parse call per article (input {@code seed}:
 * the one seed article; input {@code corpus}: every article of the generated corpus). ops/s × the input's
 * UTF-8 size = bytes/s; {@link Summarize} does that conversion. Single-threaded, so the figures are per core.
 *
 * <p>Sweble and Bliki may throw on some articles: each article is caught separately, counted, and the count
 * per op printed at the end of the trial ({@link ParserCheck} reports the same counts before the run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider"})
public class ParseBenchmark {

    @Param({"seed", "corpus"})
    public String input;

    private String[] titles;
    private String[] texts;
    private Parsers parsers;
    private long ops;
    private long failures;
    private String firstFailure;

    @Setup(Level.Trial)
    public void load() {
        Corpus c = Corpus.load(input);
        titles = c.titles().toArray(new String[0]);
        texts = c.texts().toArray(new String[0]);
        parsers = new Parsers();
        System.out.println("# input " + input + ": " + c.name() + ": " + c.describe());
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.println();
        if (failures > 0) {
            System.out.printf("# %d article parses failed over %d ops (%.1f per op of %d articles); first: %s%n",
                    failures, ops, failures / (double) Math.max(1, ops), texts.length, firstFailure);
        } else {
            System.out.printf("# no failures over %d ops%n", ops);
        }
    }

    private void failed(int i, Throwable t) {
        failures++;
        if (firstFailure == null) {
            firstFailure = titles[i] + ": " + t;
        }
    }

    @Benchmark
    public void medkg(Blackhole bh) {
        String[] t = texts;
        for (int i = 0; i < t.length; i++) {
            try {
                bh.consume(Parsers.medkg(t[i]));
            } catch (RuntimeException | StackOverflowError e) {
                failed(i, e);
            }
        }
        ops++;
    }

    @Benchmark
    public void sweble(Blackhole bh) {
        String[] t = texts;
        for (int i = 0; i < t.length; i++) {
            try {
                bh.consume(parsers.sweble(t[i], titles[i]));
            } catch (Exception | StackOverflowError e) {
                failed(i, e);
            }
        }
        ops++;
    }

    @Benchmark
    public void swebleParserOnly(Blackhole bh) {
        String[] t = texts;
        for (int i = 0; i < t.length; i++) {
            try {
                bh.consume(parsers.swebleParserOnly(t[i], titles[i]));
            } catch (Exception | StackOverflowError e) {
                failed(i, e);
            }
        }
        ops++;
    }

    @Benchmark
    public void bliki(Blackhole bh) {
        String[] t = texts;
        for (int i = 0; i < t.length; i++) {
            try {
                List<?> nodes = parsers.bliki(t[i]);
                bh.consume(nodes);
            } catch (Exception | StackOverflowError e) {
                failed(i, e);
            }
        }
        ops++;
    }
}
