package org.medkg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.medkg.rdf.IriScheme;
import org.medkg.rdf.OutputFormat;

/**
 * SPARQL queries over a {@link MedkgStore}: parsed with medkg's prefixes predeclared, run in one read
 * transaction with a time limit, and written as a text table, CSV, TSV, SPARQL JSON or SPARQL XML results
 * (SELECT, ASK) or as Turtle (CONSTRUCT, DESCRIBE).
 *
 * <p>The default graph of every query is the union of the article graphs (the store sets TDB2's
 * {@code unionDefaultGraph}); {@code GRAPH ?g { … }} reaches one article's graph.
 *
 * <p>CSV, TSV, JSON and XML are streamed as the rows come, so a large answer needs no memory, but a query
 * that runs out of time has then already written part of it. The table and Turtle are written once the
 * whole answer is in memory.
 */
public final class StoreQuery {
    /** The default time limit of a query. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** How SELECT and ASK results are written. */
    public enum Results {
        /** An aligned text table (prefixed names, wide CJK characters counted as two columns); ASK: true or false. */
        TABLE(null),
        CSV(ResultSetLang.RS_CSV),
        TSV(ResultSetLang.RS_TSV),
        JSON(ResultSetLang.RS_JSON),
        XML(ResultSetLang.RS_XML);

        private final Lang lang;

        Results(Lang lang) {
            this.lang = lang;
        }

        /** The option value: table, csv, tsv, json or xml. */
        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Results of(String option) {
            for (Results r : values()) {
                if (r.option().equals(option.strip().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown results format '" + option + "'; use one of table, csv, tsv, json, xml");
        }
    }

    /** A query that does not parse. The message is {@code SOURCE:LINE:COLUMN: what is wrong}. */
    public static final class SyntaxError extends StoreException {
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.column = column;
        }

        /** 1-based; -1 when the parser did not say. */
        public int line() {
            return line;
        }

        /** 1-based; -1 when the parser did not say. */
        public int column() {
            return column;
        }
    }

    /** A query that did not finish in its time limit. */
    public static final class Timeout extends StoreException {
        Timeout(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private StoreQuery() {
    }

    /** medkg's prefixes (for the default base): what queries may use without declaring them. */
    public static PrefixMapping defaultPrefixes() {
        return Prefixes.adapt(OutputFormat.prefixes(IriScheme.DEFAULT_BASE));
    }

    /**
     * Parses a SPARQL query (SPARQL 1.1 with Jena's ARQ extensions). The {@code predeclared} prefixes (may be
     * null) need no {@code PREFIX} line; the query's own {@code PREFIX} lines win over them. Line and column
     * numbers are those of {@code text}.
     *
     * @param source names the query in the error message (a file name, or "-e")
     * @throws SyntaxError when it does not parse
     */
    public static Query parse(String text, String source, PrefixMapping predeclared) {
        Query query = new Query();
        if (predeclared != null) {
            query.getPrologue().getPrefixMapping().setNsPrefixes(predeclared);
        }
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Jena's getLine()/getColumn() give the last token it could read; its message names the one it
            // could not, which is where the error is.
            int line = e.getLine();
            int column = e.getColumn();
            Matcher at = POSITION.matcher(String.valueOf(e.getMessage()));
            if (at.find()) {
                line = Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2));
            }
            String where = source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": ";
            String message = describe(e.getMessage());
            if (isUpdate(text, predeclared)) {
                message = "this is a SPARQL Update; queries only read (SELECT, ASK, CONSTRUCT, DESCRIBE)";
            }
            throw new SyntaxError(where + message, line, column, e);
        }
    }

    private static final Pattern POSITION = Pattern.compile("(?i)\\bline (\\d+), column (\\d+)");
    private static final Pattern AT = Pattern.compile("(?i)^\\s*line \\d+, column \\d+:\\s*|\\s*at line \\d+, column \\d+\\.?");
    /** JavaCC's {@code Encountered " KIND "IMAGE ""}: the image. */
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" .+? \"(.*?) \"\"");
    /** JavaCC's {@code Lexical error. Encountered: "#" (35), after : ""}: the character, its code, what it followed. */
    private static final Pattern LEXICAL = Pattern.compile(
            "Lexical error\\.? Encountered: (<EOF>|.+?)(?: \\((\\d+)\\))?(?:,? after(?: prefix)?\\s*:?\\s*\"(.*)\")?\\s*$");
    private static final Pattern EXPECTED_TOKEN = Pattern.compile("^\\s+(.*?)\\s*(\\.\\.\\.)?\\s*$");

    /** Jena's parse message without its own position, on one line; the expected tokens when they are few. */
    static String describe(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        List<String> lines = message.lines().toList();
        String first = AT.matcher(lines.get(0)).replaceAll("").strip();
        first = first.replaceAll("\\s{2,}", " ");
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        Matcher m = ENCOUNTERED.matcher(first);
        Matcher lexical = LEXICAL.matcher(first);
        if (first.startsWith("Encountered \"<EOF>\"")) {
            first = "unexpected end of query";
        } else if (m.lookingAt()) {
            first = "unexpected \"" + m.group(1).strip() + "\"";
        } else if (lexical.lookingAt()) {
            if (lexical.group(2) == null) {
                first = "unexpected end of query";
            } else {
                int c = Integer.parseInt(lexical.group(2));
                String after = lexical.group(3);
                first = "unexpected character " + (c <= 0x20 || Character.isWhitespace(c)
                        ? String.format("U+%04X", c) : "\"" + Character.toString(c) + "\"")
                        + (after == null || after.isEmpty() ? "" : " after \"" + after + "\"");
            }
        }
        int expecting = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("Was expecting")) {
                expecting = i;
                break;
            }
        }
        if (expecting >= 0) {
            List<String> tokens = new ArrayList<>();
            for (int i = expecting + 1; i < lines.size(); i++) {
                Matcher t = EXPECTED_TOKEN.matcher(lines.get(i));
                if (t.matches() && !t.group(1).isEmpty()) {
                    tokens.add(t.group(1).equals("<EOF>") ? "end of query" : t.group(1));
                }
            }
            if (!tokens.isEmpty() && tokens.size() <= 6) {
                first += "; expected " + String.join(" or ", tokens);
            }
        }
        return first.isEmpty() ? "syntax error" : first;
    }

    private static boolean isUpdate(String text, PrefixMapping predeclared) {
        try {
            UpdateRequest request = new UpdateRequest();
            if (predeclared != null) {
                request.getPrefixMapping().setNsPrefixes(predeclared);
            }
            UpdateFactory.parse(request, text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs {@code query} on the store in one read transaction and writes its answer to {@code out}: SELECT and
     * ASK as {@code results}, CONSTRUCT and DESCRIBE as Turtle (with the query's prefixes).
     *
     * @param timeout the limit on the whole run; null or zero for none
     * @return the rows (SELECT), triples (CONSTRUCT, DESCRIBE), or 1 for a true and 0 for a false ASK
     * @throws Timeout when it does not finish in time
     * @throws IllegalArgumentException when {@code results} is not TABLE for a CONSTRUCT or DESCRIBE
     */
    public static long run(MedkgStore store, Query query, Results results, Duration timeout, OutputStream out) {
        if (results != Results.TABLE && (query.isConstructType() || query.isDescribeType())) {
            throw new IllegalArgumentException("a " + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query writes Turtle; --results " + results.option() + " is for SELECT and ASK");
        }
        return inRead(store, query, timeout, exec -> {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                if (results == Results.TABLE) {
                    List<Binding> all = new ArrayList<>();
                    rows.forEachRemaining(all::add);
                    writeTable(rows.getResultVars(), all, query.getPrefixMapping(), out);
                    return (long) all.size();
                }
                CountingRowSet counted = new CountingRowSet(rows);
                ResultsWriter.create().lang(results.lang).build().write(out, counted);
                return counted.count;
            }
            if (query.isAskType()) {
                boolean answer = exec.ask();
                if (results == Results.TABLE) {
                    PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
                    p.println(answer);
                    p.flush();
                } else {
                    ResultsWriter.create().lang(results.lang).build().write(out, answer);
                }
                return answer ? 1L : 0L;
            }
            Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
            PrefixMapping used = used(graph, query.getPrefixMapping());
            graph.getPrefixMapping().clearNsPrefixMap().setNsPrefixes(used);
            RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
            return (long) graph.size();
        });
    }

    /** Of {@code prefixes}, those the graph's IRIs (and datatypes) use: the Turtle shows no others. */
    private static PrefixMapping used(Graph graph, PrefixMapping prefixes) {
        Set<String> namespaces = new HashSet<>(prefixes.getNsPrefixMap().values());
        Set<String> seen = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                // a literal's datatype shows in Turtle unless it is a string (plain or tagged)
                String iri = n.isURI() ? n.getURI()
                        : n.isLiteral() && n.getLiteralLanguage().isEmpty()
                                && !XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI())
                                ? n.getLiteralDatatypeURI() : null;
                if (iri != null) {
                    for (String ns : namespaces) {
                        if (iri.startsWith(ns)) {
                            seen.add(ns);
                        }
                    }
                }
            }
        });
        PrefixMapping used = new PrefixMappingImpl();
        prefixes.getNsPrefixMap().forEach((prefix, ns) -> {
            if (seen.contains(ns)) {
                used.setNsPrefix(prefix, ns);
            }
        });
        return used;
    }

    /** The rows of a SELECT, in memory. */
    public static List<Binding> select(MedkgStore store, Query query, Duration timeout) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query");
        }
        return inRead(store, query, timeout, exec -> {
            List<Binding> all = new ArrayList<>();
            exec.select().forEachRemaining(all::add);
            return all;
        });
    }

    /** The answer of an ASK. */
    public static boolean ask(MedkgStore store, Query query, Duration timeout) {
        if (!query.isAskType()) {
            throw new IllegalArgumentException("not an ASK query");
        }
        return inRead(store, query, timeout, QueryExec::ask);
    }

    /** The graph of a CONSTRUCT or DESCRIBE, in memory. */
    public static Graph graph(MedkgStore store, Query query, Duration timeout) {
        if (!query.isConstructType() && !query.isDescribeType()) {
            throw new IllegalArgumentException("not a CONSTRUCT or DESCRIBE query");
        }
        return inRead(store, query, timeout, exec -> query.isConstructType() ? exec.construct() : exec.describe());
    }

    private static <T> T inRead(MedkgStore store, Query query, Duration timeout, Function<QueryExec, T> action) {
        DatasetGraph dsg = store.dataset();
        try {
            return Txn.calculateRead(dsg, () -> {
                QueryExecBuilder builder = QueryExec.dataset(dsg).query(query);
                if (timeout != null && !timeout.isZero() && !timeout.isNegative()) {
                    builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
                try (QueryExec exec = builder.build()) {
                    return action.apply(exec);
                }
            });
        } catch (QueryCancelledException e) {
            throw new Timeout("the query did not finish within " + seconds(timeout)
                    + " (it timed out; give more time with --timeout SECONDS, 0 for no limit)", e);
        }
    }

    /** "60 s", "0.5 s". */
    public static String seconds(Duration d) {
        if (d == null) {
            return "no limit";
        }
        long ms = d.toMillis();
        return (ms % 1000 == 0 ? Long.toString(ms / 1000) : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros()
                .toPlainString()) + " s";
    }

    // ---------------------------------------------------------------- the text table

    /**
     * Writes rows as a table in the style of Jena's text results: IRIs as prefixed names where a prefix fits,
     * literals in SPARQL syntax ({@code "…"@zh-Hans}, {@code 24}), columns padded to the widest cell, with East
     * Asian wide characters taking two columns of a terminal.
     */
    static void writeTable(List<Var> vars, List<Binding> rows, PrefixMapping prefixes, OutputStream out) {
        SerializationContext context = new SerializationContext(prefixes);
        int n = vars.size();
        List<String[]> cells = new ArrayList<>(rows.size());
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = displayWidth(vars.get(i).getVarName());
        }
        for (Binding b : rows) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                Node v = b.get(vars.get(i));
                row[i] = v == null ? "" : FmtUtils.stringForNode(v, context);
                width[i] = Math.max(width[i], displayWidth(row[i]));
            }
            cells.add(row);
        }
        int total = 1;
        for (int w : width) {
            total += w + 3;
        }
        StringBuilder b = new StringBuilder();
        String rule = "-".repeat(total) + "\n";
        b.append(rule);
        String[] header = vars.stream().map(Var::getVarName).toArray(String[]::new);
        row(b, header, width);
        b.append("=".repeat(total)).append('\n');
        for (String[] row : cells) {
            row(b, row, width);
        }
        b.append(rule);
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.print(b);
        p.flush();
    }

    private static void row(StringBuilder b, String[] cells, int[] width) {
        b.append('|');
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(width[i] - displayWidth(cells[i]))).append(" |");
        }
        if (cells.length == 0) {
            b.append('|');
        }
        b.append('\n');
    }

    /** Terminal columns of {@code s}: 2 for East Asian wide and fullwidth characters, 0 for combining marks. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            w += wide(c) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F
                || c >= 0x2E80 && c <= 0x303E
                || c >= 0x3041 && c <= 0x33FF
                || c >= 0x3400 && c <= 0x4DBF
                || c >= 0x4E00 && c <= 0x9FFF
                || c >= 0xA000 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD;
    }

    /** A row set that counts the rows taken from it. */
    private static final class CountingRowSet implements RowSet {
        private final RowSet rows;
        long count;

        CountingRowSet(RowSet rows) {
            this.rows = rows;
        }

        @Override
        public List<Var> getResultVars() {
            return rows.getResultVars();
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Binding next() {
            Binding b = rows.next();
            count++;
            return b;
        }

        @Override
        public long getRowNumber() {
            return rows.getRowNumber();
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
