package org.medkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns ParseBenchmark's JMH CSV results (ops/s, one op = the whole input) into MB/s per parser and input,
 * using the inputs' UTF-8 sizes (MB = 10^6 bytes) and char counts, with the ratios medkg/other.
 *
 * <pre>java -cp benchmarks.jar [-Dmedkg.bench.corpus=FILE] org.medkg.bench.Summarize results.csv [table.md]</pre>
 */
public final class Summarize {

    record Row(String parser, String input, double ops, double opsError) {
    }

    public static void main(String[] args) throws IOException {
        List<Row> rows = read(Path.of(args[0]));
        Map<String, Corpus> inputs = new LinkedHashMap<>();
        for (Row r : rows) {
            inputs.computeIfAbsent(r.input(), Corpus::load);
        }
        StringBuilder md = new StringBuilder();
        md.append("| parser | input | MB/s (UTF-8) | ± error (99.9%) | Mchars/s | ops/s | medkg / parser |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        System.out.println();
        for (Map.Entry<String, Corpus> e : inputs.entrySet()) {
            Corpus c = e.getValue();
            System.out.printf(Locale.ROOT, "input %s (%s): %s%n", e.getKey(), c.name(), c.describe());
        }
        System.out.printf(Locale.ROOT, "%n%-17s %-7s %12s %10s %10s %12s %15s%n", "parser", "input", "MB/s", "± MB/s", "Mchars/s",
                "ops/s", "medkg/parser");
        for (String input : inputs.keySet()) {
            Corpus c = inputs.get(input);
            double bytes = c.utf8Bytes();
            double chars = c.chars();
            Row medkg = rows.stream().filter(r -> r.input().equals(input) && r.parser().equals("medkg")).findFirst().orElse(null);
            for (String parser : Parsers.NAMES) {
                for (Row r : rows) {
                    if (!r.input().equals(input) || !r.parser().equals(parser)) {
                        continue;
                    }
                    double mbs = r.ops() * bytes / 1e6;
                    double err = r.opsError() * bytes / 1e6;
                    double mcs = r.ops() * chars / 1e6;
                    String ratio = medkg == null ? "-" : parser.equals("medkg") ? "1.00" : String.format(Locale.ROOT, "%.2f", medkg.ops() / r.ops());
                    System.out.printf(Locale.ROOT, "%-17s %-7s %12.2f %10.2f %10.2f %12.3f %15s%n", parser, input, mbs, err, mcs, r.ops(), ratio);
                    md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.3f | %s |%n", parser, input, mbs, err, mcs, r.ops(),
                            ratio.equals("-") ? "-" : ratio + "×"));
                }
            }
        }
        System.out.println();
        System.out.println("MB = 10^6 bytes of the input encoded as UTF-8; chars = UTF-16 chars given to the parser;");
        System.out.println("one op parses every article of the input once; single thread, so the rates are per core.");
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), md, StandardCharsets.UTF_8);
            System.out.println("markdown table written to " + args[1]);
        }
    }

    /** Rows of a JMH CSV file: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: input". */
    static List<Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        int bench = header.indexOf("Benchmark");
        int score = header.indexOf("Score");
        int error = header.indexOf("Score Error (99.9%)");
        int unit = header.indexOf("Unit");
        int input = header.indexOf("Param: input");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line);
            String name = f.get(bench);
            if (name.contains(":")) {
                continue; // secondary results (profilers)
            }
            if (!f.get(unit).equals("ops/s")) {
                throw new IllegalArgumentException("expected ops/s, got " + f.get(unit));
            }
            String parser = name.substring(name.lastIndexOf('.') + 1);
            double err = f.get(error).isEmpty() || f.get(error).equals("NaN") ? Double.NaN : Double.parseDouble(f.get(error));
            rows.add(new Row(parser, f.get(input), Double.parseDouble(f.get(score)), err));
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
