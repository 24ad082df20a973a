package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.BeforeAll;
import org.medkg.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medkg query}, run in-process through {@link Main#run} on a store of the seed and test articles. */
class QueryCommandTest {
    static final String SMA = "https://w3id.org/medkg/disease/Spinal_muscular_atrophy";
    static final String BY_GENE = "queries/diseases-by-gene.rq";
    /** 1676 quads cubed: far more than any time limit of a test allows. */
    static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;
    static String store;

    @TempDir
    Path tmp;

    static Run medkg(String... args) {
        return StoreCommandsTest.medkgWithInput(InputStream.nullInputStream(), args);
    }

    static Run medkgWithInput(InputStream in, String... args) {
        return StoreCommandsTest.medkgWithInput(in, args);
    }

    @BeforeAll
    static void load() {
        store = dir.resolve("store").toString();
        Run load = medkg("load", StoreCommandsTest.ARTICLES, StoreCommandsTest.SEED, "--store", store);
        assertEquals(0, load.status(), load.toString());
    }

    // ---------------------------------------------------------------- the results formats

    @Test
    void tableIsTheDefault() {
        Run r = medkg("query", "--store", store, BY_GENE);
        assertEquals(0, r.status(), r.toString());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), "rule, header, rule, one row, rule:\n" + r.out());
        assertTrue(lines.get(1).matches("\\| symbol +\\| disease +\\| en +\\| zh +\\| graph +\\|"), lines.get(1));
        assertTrue(lines.get(2).matches("=+"), lines.get(2));
        String row = lines.get(3);
        assertTrue(row.contains("| \"SMN1\" "), row);
        assertTrue(row.contains("| disease:Spinal_muscular_atrophy "), "prefixed names: " + row);
        assertTrue(row.contains("\"脊髓性肌肉萎缩症\"@zh-Hans"), row);
        assertTrue(row.contains("<https://w3id.org/medkg/graph/zh/脊髓性肌肉萎縮症>"), row);
        // Aligned on a terminal: Chinese characters take two columns.
        Set<Integer> widths = lines.stream().map(QueryCommandTest::columns).collect(Collectors.toSet());
        assertEquals(1, widths.size(), "every line as wide on a terminal:\n" + r.out());
        assertEquals(lines.get(1).indexOf("| disease"), row.indexOf("| disease"));
    }

    @Test
    void csv() {
        Run r = medkg("query", "--store", store, BY_GENE, "--results", "csv");
        assertEquals(0, r.status(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals("symbol,disease,en,zh,graph", lines.get(0));
        assertEquals("SMN1," + SMA + ",Spinal muscular atrophy,脊髓性肌肉萎缩症,https://w3id.org/medkg/graph/zh/脊髓性肌肉萎縮症",
                lines.get(1));
        assertEquals(2, lines.size(), r.out());
    }

    @Test
    void tsv() {
        Run r = medkg("query", "--store", store, BY_GENE, "--results", "TSV");
        assertEquals(0, r.status(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals("?symbol\t?disease\t?en\t?zh\t?graph", lines.get(0));
        assertTrue(lines.get(1).startsWith("\"SMN1\"\t<" + SMA + ">\t\"Spinal muscular atrophy\"@en\t\"脊髓性肌肉萎缩症\"@zh-Hans\t"),
                lines.get(1));
        assertSmaRow(read(r.out(), ResultSetLang.RS_TSV));
    }

    @Test
    void json() {
        Run r = medkg("query", "--store", store, BY_GENE, "--results", "json");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("\"xml:lang\": \"zh-Hans\"") || r.out().contains("\"xml:lang\" : \"zh-Hans\""),
                r.out());
        assertSmaRow(read(r.out(), ResultSetLang.RS_JSON));
    }

    @Test
    void xml() {
        Run r = medkg("query", "--store", store, BY_GENE, "--results", "xml");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().startsWith("<?xml"), r.out());
        assertTrue(r.out().contains("<uri>" + SMA + "</uri>"), r.out());
        assertSmaRow(read(r.out(), ResultSetLang.RS_XML));
    }

    static RowSetRewindable read(String results, Lang lang) {
        RowSet rows = ResultsReader.create().lang(lang).build()
                .readRowSet(new ByteArrayInputStream(results.getBytes(StandardCharsets.UTF_8)));
        return rows.rewindable();
    }

    static void assertSmaRow(RowSetRewindable rows) {
        assertEquals(1, rows.size());
        Binding b = rows.next();
        assertEquals(NodeFactory.createURI(SMA), b.get("disease"));
        assertEquals(NodeFactory.createLiteralLang("脊髓性肌肉萎缩症", "zh-Hans"), b.get("zh"));
        assertEquals(NodeFactory.createLiteralString("SMN1"), b.get("symbol"));
    }

    @Test
    void askConstructAndDescribe() {
        Run yes = medkg("query", "--store", store, "-e", "ASK { gene:SMN1 schema:associatedDisease ?d }");
        assertEquals(0, yes.status(), yes.toString());
        assertEquals("true\n", yes.out());
        Run no = medkg("query", "--store", store, "-e", "ASK { gene:SMN2 ?p ?o }");
        assertEquals("false\n", no.out());
        Run json = medkg("query", "--store", store, "--results", "json", "-e", "ASK { gene:SMN1 ?p ?o }");
        assertTrue(json.out().replaceAll("\\s", "").contains("\"boolean\":true"), json.out());

        Run ttl = medkg("query", "--store", store, "queries/gene-disease-drug-network.rq");
        assertEquals(0, ttl.status(), ttl.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(g);
        Node smn1 = NodeFactory.createURI("https://w3id.org/medkg/gene/SMN1");
        assertTrue(g.contains(smn1, NodeFactory.createURI("http://schema.org/associatedDisease"), NodeFactory.createURI(SMA)));
        assertTrue(ttl.out().contains("PREFIX gene:"), "Turtle with prefixes:\n" + ttl.out());
        assertFalse(ttl.out().contains("PREFIX skos:"), "only the prefixes it uses:\n" + ttl.out());

        Run describe = medkg("query", "--store", store, "-e", "DESCRIBE gene:SMN1");
        assertEquals(0, describe.status(), describe.toString());
        Graph d = GraphFactory.createDefaultGraph();
        RDFParser.fromString(describe.out(), Lang.TURTLE).parse(d);
        assertTrue(d.contains(smn1, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI("https://identifiers.org/hgnc.symbol:SMN1")), describe.out());

        Run csv = medkg("query", "--store", store, "--results", "csv", "-e", "DESCRIBE gene:SMN1");
        assertEquals(ExitStatus.USAGE, csv.status(), csv.toString());
        assertTrue(csv.err().contains("writes Turtle; --results csv is for SELECT and ASK"), csv.err());
    }

    // ---------------------------------------------------------------- -e, stdin, the default graph

    @Test
    void expressionWithMedkgsPrefixesOverTheUnionGraph() {
        // no PREFIX lines and no GRAPH: the union of the article graphs, with medkg's prefixes
        Run r = medkg("query", "--store", store, "--results", "csv", "-e",
                "SELECT ?disease WHERE { gene:SMN1 schema:associatedDisease ?disease }");
        assertEquals(0, r.status(), r.toString());
        assertEquals("disease\n" + SMA + "\n", r.out().replace("\r\n", "\n"));

        Run count = medkg("query", "--store", store, "--results", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        Run stats = medkg("stats", "--store", store);
        String triples = count.out().replace("\r\n", "\n").split("\n")[1];
        assertTrue(stats.out().contains("triples   " + triples + "\n"), count.out() + " vs\n" + stats.out());
    }

    @Test
    void queryFromStandardInput() {
        Run r = medkgWithInput(new ByteArrayInputStream("SELECT ?d { gene:CFTR schema:associatedDisease ?d }"
                .getBytes(StandardCharsets.UTF_8)), "query", "--store", store, "--results", "tsv", "-");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("<https://w3id.org/medkg/disease/Cystic_fibrosis>"), r.out());
    }

    // ---------------------------------------------------------------- failures

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "# a broken query\nSELECT ?gene\nWHERE { ?gene a schema:Gene ?x }\n");
        Run r = medkg("query", "--store", store, bad.toString());
        assertEquals(ExitStatus.FAILED, r.status(), r.toString());
        assertEquals("", r.out());
        Matcher m = Pattern.compile(Pattern.quote(bad.toString()) + ":3:(\\d+): (.+)\n").matcher(r.err());
        assertTrue(m.matches(), "FILE:LINE:COLUMN: message, one line:\n" + r.err());
        assertEquals("WHERE { ?gene a schema:Gene ".length() + 1, Integer.parseInt(m.group(1)), r.err());
        assertTrue(m.group(2).contains("?x"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r.err());

        Run e = medkg("query", "--store", store, "-e", "SELECT * { ?s ?p }");
        assertEquals(ExitStatus.FAILED, e.status(), e.toString());
        assertTrue(e.err().startsWith("-e:1:" + ("SELECT * { ?s ?p }".indexOf('}') + 1) + ": "), e.err());

        Run prefix = medkg("query", "--store", store, "-e", "SELECT * { ?s a nope:Thing }");
        assertEquals(ExitStatus.FAILED, prefix.status());
        assertTrue(prefix.err().startsWith("-e:1:17: ") && prefix.err().contains("nope:Thing"), prefix.err());

        Run update = medkg("query", "--store", store, "-e", "INSERT DATA { gene:X a schema:Gene }");
        assertEquals(ExitStatus.FAILED, update.status());
        assertTrue(update.err().contains("SPARQL Update"), update.err());
    }

    @Test
    void aQueryThatRunsTooLongTimesOut() {
        long start = System.nanoTime();
        Run r = medkg("query", "--store", store, "--timeout", "0.5", "-e", ENDLESS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ExitStatus.FAILED, r.status(), r.toString());
        assertTrue(r.err().contains("timed out") && r.err().contains("0.5 s"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(ms < 10_000, "gave up soon after half a second, not " + ms + " ms");
        // the store is still there and usable afterwards
        assertEquals(0, medkg("query", "--store", store, "-e", "ASK { ?s ?p ?o }").status());
    }

    @Test
    void aMissingStoreFails() {
        Run r = medkg("query", "--store", tmp.resolve("nothing-here").toString(), "-e", "ASK { ?s ?p ?o }");
        assertEquals(ExitStatus.FAILED, r.status(), r.toString());
        assertTrue(r.err().contains("no store at ") && r.err().contains("medkg load"), r.err());
        assertFalse(Files.exists(tmp.resolve("nothing-here")), "query creates no store");

        Run notAStore = medkg("query", "--store", "queries", "-e", "ASK { ?s ?p ?o }");
        assertEquals(ExitStatus.FAILED, notAStore.status(), notAStore.toString());
        assertTrue(notAStore.err().contains("is not a medkg store"), notAStore.err());

        Run noFile = medkg("query", "--store", store, tmp.resolve("none.rq").toString());
        assertEquals(ExitStatus.FAILED, noFile.status(), noFile.toString());
        assertTrue(noFile.err().contains("none.rq: no such file"), noFile.err());
    }

    @Test
    void badUsage() {
        for (String[] args : List.of(
                new String[] {"query", "--store", store},
                new String[] {"query", "--store", store, BY_GENE, "-e", "ASK {}"},
                new String[] {"query", "--store", store, BY_GENE, BY_GENE},
                new String[] {"query", "--store", store, BY_GENE, "--results", "html"},
                new String[] {"query", "--store", store, BY_GENE, "--timeout", "soon"},
                new String[] {"query", "--store", store, BY_GENE, "--timeout", "-1"})) {
            Run r = medkg(args);
            assertEquals(ExitStatus.USAGE, r.status(), () -> String.join(" ", args) + "\n" + r);
            assertTrue(r.err().contains("usage: medkg query"), r.err());
        }
        Run help = medkg("query", "--help");
        assertEquals(0, help.status());
        for (String text : List.of("--results", "--timeout", "default 60", "-e", "FILE.rq")) {
            assertTrue(help.out().contains(text), help.out());
        }
        assertTrue(Pattern.compile("(?m)^  query +\\S").matcher(medkg("--help").out()).find(), "listed in medkg --help");
    }

    @Test
    void noTimeLimitWithZero() {
        Run r = medkg("query", "--store", store, "--timeout", "0", "--results", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) { ?g a schema:Gene }");
        assertEquals(0, r.status(), r.toString());
        String genes = r.out().replace("\r\n", "\n").split("\n")[1];
        assertTrue(medkg("stats", "--store", store).out().contains("genes     " + genes + "\n"), r.out());
    }

    /** Terminal columns: CJK ideographs and fullwidth forms take two. */
    static int columns(String line) {
        return line.codePoints().map(c -> c >= 0x2E80 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFF60 ? 2 : 1).sum();
    }
}
