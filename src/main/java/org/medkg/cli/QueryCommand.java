package org.medkg.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.medkg.store.MedkgStore;
import org.medkg.store.StoreQuery;

/**
 * {@code medkg query}: runs one SPARQL query (a file, standard input, or {@code -e TEXT}) on the store, in a
 * read transaction, and prints the answer. The default graph is the union of the article graphs. medkg's
 * prefixes ({@code schema:}, {@code disease:}, {@code gene:} …) are predeclared.
 *
 * <p>Exit status 1 for a query that does not parse (reported as {@code FILE:LINE:COLUMN: message}), runs
 * out of time, or finds no store; 2 for a bad command line.
 */
final class QueryCommand implements Command {

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String synopsis() {
        return "(FILE.rq | - | -e SPARQL)";
    }

    @Override
    public String summary() {
        return "run a SPARQL query on the store (SELECT, ASK, CONSTRUCT, DESCRIBE)";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(LoadCommand.storeOption())
                .addOption(Option.builder("e").longOpt("execute").hasArg().argName("SPARQL")
                        .desc("the query text itself, instead of a FILE").build())
                .addOption(Option.builder().longOpt("results").hasArg().argName("FMT")
                        .desc("SELECT and ASK results as table (default), csv, tsv, json (SPARQL JSON) or xml "
                                + "(SPARQL XML); CONSTRUCT and DESCRIBE always print Turtle").build())
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("give up after this long (default " + StoreQuery.DEFAULT_TIMEOUT.toSeconds()
                                + "; decimals allowed; 0 for no limit)").build());
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        List<String> args = line.getArgList();
        String expression = line.getOptionValue("e");
        if (expression != null && !args.isEmpty()) {
            throw new UsageException("give a query FILE or -e SPARQL, not both");
        }
        if (expression == null && args.size() != 1) {
            throw new UsageException(args.isEmpty() ? "query needs a FILE.rq (- for standard input) or -e SPARQL"
                    : "query takes one FILE, not " + args.size());
        }
        StoreQuery.Results results;
        try {
            results = StoreQuery.Results.of(line.getOptionValue("results", "table"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--results: " + e.getMessage());
        }
        Duration timeout = timeout(line.getOptionValue("timeout"));

        String source;
        String text;
        if (expression != null) {
            source = "-e";
            text = expression;
        } else if (args.get(0).equals("-")) {
            source = "<stdin>";
            text = new String(t.in().readAllBytes(), StandardCharsets.UTF_8);
        } else {
            source = args.get(0);
            text = Files.readString(Path.of(source), StandardCharsets.UTF_8);
        }

        Path dir = Path.of(line.getOptionValue("store", LoadCommand.DEFAULT_STORE));
        try (MedkgStore store = MedkgStore.openExisting(dir)) {
            // The prefixes the loads recorded (their --base), else medkg's defaults.
            PrefixMapping prefixes = new PrefixMappingImpl().setNsPrefixes(StoreQuery.defaultPrefixes());
            prefixes.setNsPrefixes(Prefixes.adapt(store.prefixes()));
            Query query;
            try {
                query = StoreQuery.parse(text, source, prefixes);
            } catch (StoreQuery.SyntaxError e) {
                // As compilers do (FILE:LINE:COLUMN: message), so that editors can jump to it.
                t.err().println(e.getMessage());
                return ExitStatus.FAILED;
            }
            try {
                StoreQuery.run(store, query, results, timeout, t.out());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            } finally {
                t.out().flush();
            }
        }
        return ExitStatus.OK;
    }

    /** A {@code --timeout} value in seconds (fractions allowed); null for 0 (no limit), the default when absent. */
    static Duration timeout(String value) throws UsageException {
        if (value == null) {
            return StoreQuery.DEFAULT_TIMEOUT;
        }
        try {
            BigDecimal seconds = new BigDecimal(value.strip());
            if (seconds.signum() >= 0) {
                return seconds.signum() == 0 ? null
                        : Duration.ofMillis(Math.max(1, seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact()));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw new UsageException("--timeout must be a number of seconds (0 for no limit): " + value);
    }
}
