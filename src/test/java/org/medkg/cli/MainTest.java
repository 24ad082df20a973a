package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.cli.Cli.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code medkg} command line, run in-process through {@link Main#run}. */
class MainTest {
    /** The seed article, relative to the Maven basedir (the tests' working directory). */
    private static final String SEED = "examples/zh/spinal-muscular-atrophy.wiki";
    private static final String SEED_NAME = "脊髓性肌肉萎縮症";
    private static final Node SEED_GRAPH = NodeFactory.createURI("https://w3id.org/medkg/graph/zh/" + SEED_NAME);
    private static final Node SEED_DISEASE = NodeFactory.createURI("https://w3id.org/medkg/disease/Spinal_muscular_atrophy");
    private static final Node GENERATED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
    private static final Pattern SUMMARY =
            Pattern.compile("(?m)^(\\d+) articles?: (\\d+) with a disease, (\\d+) without, (\\d+) failed$");

    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return runWithInput(InputStream.nullInputStream(), args);
    }

    private static Run runWithInput(InputStream stdin, String... args) {
        return Cli.run(stdin, args);
    }

    private static void assertStatus(int expected, Run r) {
        assertEquals(expected, r.status(), () -> "wrong exit status for this run:\n" + r);
    }

    private static void assertNoStackTrace(Run r) {
        for (String s : List.of(r.out(), r.err())) {
            assertFalse(Pattern.compile("(?m)^\\s+at [\\w$.]+\\(").matcher(s).find(), () -> "stack trace:\n" + r);
            assertFalse(s.contains("Exception in thread"), () -> "stack trace:\n" + r);
        }
    }

    /** A usage error: status 2, a message naming the problem on stderr, no stack trace, nothing on stdout. */
    private static void assertUsage(Run r, String message) {
        assertStatus(ExitStatus.USAGE, r);
        assertTrue(r.err().contains(message), () -> "stderr should say '" + message + "':\n" + r);
        assertNoStackTrace(r);
        assertEquals("", r.out(), () -> "nothing on stdout for bad usage:\n" + r);
    }

    private static int[] summary(Run r) {
        Matcher m = SUMMARY.matcher(r.err());
        assertTrue(m.find(), () -> "no summary line on stderr:\n" + r);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }

    private Path extractSeed(String format) {
        Path out = tmp.resolve("seed." + (format.equals("rdfxml") ? "rdf" : format));
        Run r = run("extract", "-f", format, "-o", out.toString(), SEED);
        assertStatus(ExitStatus.OK, r);
        assertEquals("", r.out(), "with -o, nothing goes to stdout");
        assertCounts(r, 1, 1, 0, 0);
        return out;
    }

    /** The summary line says these counts. */
    private static void assertCounts(Run r, int articles, int diseases, int without, int failed) {
        assertEquals(Arrays.toString(new int[] {articles, diseases, without, failed}), Arrays.toString(summary(r)),
                () -> "summary counts (articles, with a disease, without, failed) of:\n" + r);
    }

    private static DatasetGraph load(Path file, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(lang).parse(dsg);
        return dsg;
    }

    /** Every triple of the dataset, of the default graph and the named graphs. */
    private static Graph allTriples(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /** Every triple of the dataset but prov:generatedAtTime (it differs between runs). */
    private static Graph timeless(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> {
            if (!q.getPredicate().equals(GENERATED_AT)) {
                g.add(q.asTriple());
            }
        });
        return g;
    }

    // ---------------------------------------------------------------- help, version, usage errors

    @Test
    void helpListsEveryCommandAndTheExitStatuses() {
        for (String flag : List.of("--help", "-h")) {
            Run r = run(flag);
            assertStatus(ExitStatus.OK, r);
            assertTrue(r.out().startsWith("Usage: medkg"), r::toString);
            for (String command : List.of("demo", "parse", "extract", "validate")) {
                assertTrue(Pattern.compile("(?m)^  " + command + " +\\S").matcher(r.out()).find(),
                        () -> command + " missing from help:\n" + r);
            }
            assertTrue(r.out().contains("Exit status: 0 success, 1 failed run"), r::toString);
            assertEquals("", r.err());
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"-q", "-V"},
                new String[] {"--verbose", "--version"})) {
            Run r = run(args);
            assertStatus(ExitStatus.OK, r);
            assertTrue(r.out().matches("medkg \\d+\\.\\d+\\S*\\R"), r::toString);
            assertEquals("", r.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "parse", "extract", "validate"})
    void eachCommandHasItsOwnHelp(String command) {
        Map<String, List<String>> expected = Map.of(
                "demo", List.of("seed article"),
                "parse", List.of("FILE|-", "--json"),
                "extract", List.of("INPUT...", "--format", "--output", "--lang", "--title", "--base", "--explain"),
                "validate", List.of("FILE...", "SHACL"));
        for (String flag : List.of("--help", "-h")) {
            Run r = run(command, flag);
            assertStatus(ExitStatus.OK, r);
            assertTrue(r.out().contains("medkg " + command + " [OPTIONS]"), r::toString);
            for (String text : expected.get(command)) {
                assertTrue(r.out().contains(text), () -> "help of " + command + " should mention " + text + ":\n" + r);
            }
            assertEquals("", r.err());
        }
    }

    @Test
    void helpWinsOverOtherArguments() {
        Run r = run("extract", "--help", "no-such-file.wiki");
        assertStatus(ExitStatus.OK, r);
        assertTrue(r.out().contains("medkg extract"), r::toString);
    }

    @Test
    void noCommandIsBadUsage() {
        Run r = run();
        assertStatus(ExitStatus.USAGE, r);
        assertTrue(r.err().contains("Usage: medkg"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void unknownCommand() {
        assertUsage(run("frobnicate", SEED), "unknown command 'frobnicate'");
    }

    @Test
    void unknownGlobalOption() {
        assertUsage(run("--frobnicate", "demo"), "unknown option --frobnicate");
    }

    @Test
    void unknownCommandOption() {
        Run r = run("extract", "--frobnicate", SEED);
        assertUsage(r, "--frobnicate");
        assertTrue(r.err().contains("usage: medkg extract"), "the command's usage follows the message");
    }

    @Test
    void optionMissingItsArgument() {
        assertUsage(run("extract", SEED, "-f"), "Missing argument for option: f");
        assertUsage(run("extract", SEED, "--base"), "Missing argument for option: base");
    }

    @Test
    void commandMissingItsInput() {
        assertUsage(run("extract"), "extract needs at least one INPUT");
        assertUsage(run("extract", "-f", "nt"), "extract needs at least one INPUT");
        assertUsage(run("parse"), "parse takes one FILE");
        assertUsage(run("parse", SEED, SEED), "parse takes one FILE");
        assertUsage(run("validate"), "validate needs at least one FILE");
    }

    @Test
    void badFormat() {
        Run r = run("extract", "-f", "xml", "-o", tmp.resolve("x").toString(), SEED);
        assertUsage(r, "unknown format 'xml'");
        assertFalse(Files.exists(tmp.resolve("x")), "bad usage writes no output file");
    }

    @Test
    void badLanguage() {
        assertUsage(run("extract", "--lang", "fr", SEED), "--lang must be zh or en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-iri", "", "http://exa mple.org/", "https://example.org/kg?x=1",
            "https://example.org/kg#"})
    void badBase(String base) {
        assertUsage(run("extract", "--base", base, SEED), "--base");
    }

    // ---------------------------------------------------------------- parse

    @Test
    void parsePrintsTheTree() {
        Run r = run("parse", SEED);
        assertStatus(ExitStatus.OK, r);
        assertTrue(r.out().contains("Template"), r::toString);
        assertTrue(r.out().contains("Infobox disease"), r::toString);
        assertTrue(r.out().contains(SEED_NAME), "Chinese text printed as is");
        assertTrue(Pattern.compile("(?m)^Template 2:1 name=\"Infobox disease\"$").matcher(r.out()).find(),
                "nodes carry line:column");
    }

    @Test
    void parseJsonIsJson() {
        Run r = run("parse", "--json", SEED);
        assertStatus(ExitStatus.OK, r);
        JsonValue json = JSON.parseAny(r.out());
        assertTrue(json.isArray(), "a list of nodes");
        assertFalse(json.getAsArray().isEmpty());
        assertTrue(r.out().contains("Infobox disease"));
        assertTrue(r.out().contains(SEED_NAME));
    }

    @Test
    void parseReadsStandardInput() {
        String text = "{{Infobox disease\n| Name = 測試病\n}}\n'''測試病'''是一種疾病。\n";
        Run r = runWithInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "parse", "-");
        assertStatus(ExitStatus.OK, r);
        assertTrue(r.out().contains("Template 1:1 name=\"Infobox disease\""), r::toString);
        assertTrue(r.out().contains("測試病"), r::toString);

        Run json = runWithInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "parse", "--json", "-");
        assertStatus(ExitStatus.OK, json);
        JSON.parseAny(json.out());
    }

    @Test
    void parseReportsInvalidUtf8AndGoesOn() {
        byte[] bytes = concat("abc\n{{Tem".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff},
                "plate}}\n".getBytes(StandardCharsets.UTF_8));
        Run r = runWithInput(new ByteArrayInputStream(bytes), "parse", "-");
        assertStatus(ExitStatus.OK, r);
        assertTrue(r.err().contains("-:2:6: invalid UTF-8"), r::toString);
        assertTrue(r.out().contains("\uFFFD"), r::toString);
    }

    @Test
    void parseOfAMissingFileFails() {
        Run r = run("parse", "examples/zh/no-such-article.wiki");
        assertStatus(ExitStatus.FAILED, r);
        assertTrue(r.err().contains("no-such-article.wiki: no such file"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void parseOfAFolderFailsWithAMessage() {
        Run r = run("parse", "examples");
        assertStatus(ExitStatus.FAILED, r);
        assertTrue(r.err().startsWith("examples: cannot read: "), r::toString);
        assertNoStackTrace(r);
    }

    // ---------------------------------------------------------------- extract

    @Test
    void extractWritesTurtle() {
        Path out = extractSeed("ttl");
        Graph g = RDFParser.source(out).lang(Lang.TURTLE).toGraph();
        assertTrue(g.contains(SEED_DISEASE, Node.ANY, Node.ANY), "the disease is described");
        assertTrue(g.contains(SEED_DISEASE, NodeFactory.createURI("http://schema.org/name"),
                NodeFactory.createLiteralLang(SEED_NAME, "zh")));
    }

    @Test
    void extractToStandardOutput() {
        Run r = run("extract", SEED);
        assertStatus(ExitStatus.OK, r);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(SEED_DISEASE, Node.ANY, Node.ANY));
        assertCounts(r, 1, 1, 0, 0);
    }

    @Test
    void extractFromStandardInput() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of(SEED));
        Run r = runWithInput(new ByteArrayInputStream(seed), "extract", "-f", "nt", "-");
        assertStatus(ExitStatus.OK, r);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.NTRIPLES).parse(g);
        assertTrue(g.contains(SEED_DISEASE, Node.ANY, Node.ANY));
    }

    /** Every syntax parses back; quads keep the article's graph; triples are the union of the quads. */
    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld", "rdfxml"})
    void extractWritesEachFormat(String format) {
        DatasetGraph reference = load(extractSeed("nq"), Lang.NQUADS);
        assertEquals(List.of(SEED_GRAPH), iterToList(reference.listGraphNodes()), "one named graph per article");
        assertTrue(reference.getDefaultGraph().isEmpty(), "nothing in the default graph");

        Lang lang = Map.of("ttl", Lang.TURTLE, "nt", Lang.NTRIPLES, "nq", Lang.NQUADS, "trig", Lang.TRIG,
                "jsonld", Lang.JSONLD, "rdfxml", Lang.RDFXML).get(format);
        DatasetGraph written = load(extractSeed(format), lang);
        boolean quads = List.of("nq", "trig", "jsonld").contains(format);
        if (quads) {
            assertEquals(List.of(SEED_GRAPH), iterToList(written.listGraphNodes()), format + " keeps the named graph");
            assertTrue(written.getDefaultGraph().isEmpty(), format + ": nothing in the default graph");
        } else {
            assertFalse(written.listGraphNodes().hasNext(), format + " has no named graphs");
        }
        Graph expected = timeless(reference);
        Graph actual = timeless(written);
        assertTrue(expected.size() > 100, "the seed gives many triples");
        assertEquals(allTriples(reference).size(), allTriples(written).size(), "triple count");
        assertTrue(expected.isIsomorphicWith(actual), format + " holds the triples of the N-Quads output");
        // Same triples, and the one that differs between runs is there, a dateTime.
        List<Triple> times = allTriples(written).find(SEED_GRAPH, GENERATED_AT, Node.ANY).toList();
        assertEquals(1, times.size());
        assertEquals(XSDDatatype.XSDdateTime, times.get(0).getObject().getLiteralDatatype());
    }

    @Test
    void extractQuadFormatsMatchGraphForGraph() {
        DatasetGraph nq = load(extractSeed("nq"), Lang.NQUADS);
        for (String format : List.of("trig", "jsonld")) {
            DatasetGraph other = load(extractSeed(format), format.equals("trig") ? Lang.TRIG : Lang.JSONLD);
            DatasetGraph a = DatasetGraphFactory.createTxnMem();
            DatasetGraph b = DatasetGraphFactory.createTxnMem();
            nq.find().forEachRemaining(q -> {
                if (!q.getPredicate().equals(GENERATED_AT)) {
                    a.add(q);
                }
            });
            other.find().forEachRemaining(q -> {
                if (!q.getPredicate().equals(GENERATED_AT)) {
                    b.add(q);
                }
            });
            assertTrue(IsoMatcher.isomorphic(a, b), format + " holds the quads of the N-Quads output");
        }
    }

    @Test
    void extractWithCustomBase() throws IOException {
        Path out = tmp.resolve("custom.ttl");
        Run r = run("extract", "--base", "https://example.org/kg", "-o", out.toString(), SEED);
        assertStatus(ExitStatus.OK, r);
        var model = RDFDataMgr.loadModel(out.toString());
        assertTrue(model.getGraph().contains(
                NodeFactory.createURI("https://example.org/kg/disease/Spinal_muscular_atrophy"), Node.ANY, Node.ANY));
        assertTrue(model.getGraph().find().filterKeep(t -> t.getSubject().isURI()
                && t.getSubject().getURI().startsWith("https://w3id.org/medkg/")).toList().isEmpty(),
                "nothing minted under the default base");
        assertEquals("https://example.org/kg/disease/", model.getNsPrefixURI("disease"),
                "prefixes follow the base, with its '/'");
        String text = Files.readString(out);
        assertTrue(text.contains("disease:Spinal_muscular_atrophy"), "the prefix abbreviates the disease");
    }

    @Test
    void extractWithTitleAndLanguage() {
        Path out = tmp.resolve("titled.nq");
        Run r = run("extract", "--title", SEED_NAME, "--lang", "zh", "-f", "nq", "-o", out.toString(), SEED);
        assertStatus(ExitStatus.OK, r);
        DatasetGraph dsg = load(out, Lang.NQUADS);
        Node page = NodeFactory.createURI("https://zh.wikipedia.org/wiki/" + SEED_NAME);
        assertTrue(dsg.getUnionGraph().contains(SEED_GRAPH, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                page), "the graph comes from the page of that title");
    }

    @Test
    void extractOfAFolderGoesOnPastBrokenArticles() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Path.of(SEED), folder.resolve("a-disease.wiki"));
        Files.writeString(folder.resolve("b-town.wiki"), """
                '''Lindhaven''' is a small town on the coast of [[Norway]].

                == History ==
                The town grew around its harbour.<ref>{{cite web |title=Lindhaven |url=https://example.org/lh}}</ref>

                [[Category:Populated places in Norway]]
                """);
        byte[] broken = concat("'''Broken''' article ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe}, "\nwith {{unclosed template\nand [[unclosed link\n<ref>a ref"
                        .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xc3}, "\n".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("c-broken.wiki"), broken);
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Path out = tmp.resolve("folder.nq");

        Run r = run("extract", "-f", "nq", "-o", out.toString(), folder.toString());

        assertStatus(ExitStatus.OK, r);
        assertCounts(r, 3, 1, 2, 0);
        assertTrue(r.err().contains("3 articles: 1 with a disease, 2 without, 0 failed"), r::toString);
        String brokenName = folder.resolve("c-broken.wiki").toString();
        assertTrue(r.err().contains(brokenName + ":1:22: invalid UTF-8"), r::toString);
        assertTrue(r.err().contains(brokenName + ":1:23: invalid UTF-8"), r::toString);
        assertTrue(r.err().contains(brokenName + ":4:11: invalid UTF-8"), r::toString);
        for (String line : r.err().split("\n")) {
            if (!SUMMARY.matcher(line).matches()) {
                assertTrue(line.matches(Pattern.quote(folder.toString()) + "/[\\w.-]+\\.wiki:\\d+:\\d+: .+"),
                        () -> "not file:line:column: message: " + line + "\n" + r);
            }
        }
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(brokenName) + ":\\d+:\\d+: .*(unclosed|no </ref>)")
                .matcher(r.err()).find(), () -> "the unclosed markup is reported:\n" + r);
        assertNoStackTrace(r);
        DatasetGraph dsg = load(out, Lang.NQUADS);
        assertTrue(dsg.getUnionGraph().contains(SEED_DISEASE, Node.ANY, Node.ANY), "the good article is there");
        assertEquals(3, iterToList(dsg.listGraphNodes()).size(), "one graph per article read");
    }

    @Test
    void extractOfAMissingInputFailsButConvertsTheOthers() {
        Path out = tmp.resolve("partial.ttl");
        String missing = tmp.resolve("no-such-article.wiki").toString();
        Run r = run("extract", "-o", out.toString(), missing, SEED);
        assertStatus(ExitStatus.FAILED, r);
        assertTrue(r.err().contains(missing + ":0:0: error: no such file or folder"), r::toString);
        assertCounts(r, 2, 1, 0, 1);
        assertNoStackTrace(r);
        Graph g = RDFParser.source(out).lang(Lang.TURTLE).toGraph();
        assertTrue(g.contains(SEED_DISEASE, Node.ANY, Node.ANY), "the readable article is still converted");

        Run alone = run("extract", missing);
        assertStatus(ExitStatus.FAILED, alone);
        assertCounts(alone, 1, 0, 0, 1);
    }

    @Test
    void extractToAnUnwritableOutputFailsWithAMessage() {
        String output = tmp.resolve("no/such/folder/out.ttl").toString();
        Run r = run("extract", "-o", output, SEED);
        assertStatus(ExitStatus.FAILED, r);
        assertEquals("medkg extract: " + output + ": no such file or folder\n", r.err());
        assertNoStackTrace(r);
    }

    @Test
    void explainPrintsWhereEachTripleCameFrom() throws IOException {
        Path out = tmp.resolve("explained.nq");
        Run r = run("extract", "--explain", "-f", "nq", "-o", out.toString(), SEED);
        assertStatus(ExitStatus.OK, r);
        List<String> seedLines = Files.readAllLines(Path.of(SEED));
        Pattern located = Pattern.compile(Pattern.quote(SEED) + ":(\\d+):(\\d+)\t(.+)");
        Pattern unlocated = Pattern.compile(Pattern.quote(SEED) + ":-\t(.+)");
        String[] lines = r.out().split("\n");
        int withPlace = 0;
        boolean nameExplained = false;
        for (String line : lines) {
            Matcher m = located.matcher(line);
            if (m.matches()) {
                withPlace++;
                int ln = Integer.parseInt(m.group(1));
                int col = Integer.parseInt(m.group(2));
                assertTrue(ln >= 1 && ln <= seedLines.size(), line);
                assertTrue(col >= 1 && col <= seedLines.get(ln - 1).length() + 1, line);
                if (m.group(3).startsWith("disease:Spinal_muscular_atrophy schema:name \"" + SEED_NAME + "\"@zh")) {
                    nameExplained = true;
                    assertTrue(seedLines.get(ln - 1).substring(col - 1).contains(SEED_NAME),
                            "the name's place points at the name: " + line);
                }
            } else {
                // Triples with no place in the text (provenance of the graph) are marked '-'.
                assertTrue(unlocated.matcher(line).matches(), () -> "not ARTICLE:LINE:COLUMN<TAB>triple: " + line);
            }
        }
        assertTrue(withPlace > 10, "most facts have a place:\n" + r.out());
        assertTrue(nameExplained, "the disease's name is explained:\n" + r.out());
        assertEquals(load(out, Lang.NQUADS).getUnionGraph().size(), lines.length, "one line per triple written");
    }

    @Test
    void explainWithoutOutputPrintsOnlyTheExplanation() {
        Run r = run("extract", "--explain", SEED);
        assertStatus(ExitStatus.OK, r);
        assertFalse(r.out().contains("PREFIX"), "no Turtle mixed into the explanation");
        assertTrue(r.out().lines().allMatch(l -> l.startsWith(SEED + ":")), r::toString);
    }

    // ---------------------------------------------------------------- validate

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld", "rdfxml"})
    void validateAcceptsMedkgsOwnOutput(String format) {
        Path out = extractSeed(format);
        Run r = run("validate", out.toString());
        assertStatus(ExitStatus.OK, r);
        assertEquals(out + ": conforms\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateRejectsABadCode() throws IOException {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
                @prefix schema: <http://schema.org/> .
                <https://w3id.org/medkg/code/OMIM/12ab> a schema:MedicalCode ;
                    schema:codingSystem "OMIM" ;
                    schema:codeValue "12ab" .
                """);
        Run r = run("validate", bad.toString());
        assertStatus(ExitStatus.FAILED, r);
        assertTrue(r.out().contains(bad + ": "), r::toString);
        assertTrue(r.out().contains("violation"), r::toString);
        assertTrue(r.out().contains("OMIM/12ab"), "the focus node is named:\n" + r);
        assertNoStackTrace(r);

        // The same in a named graph of a TriG file.
        Path trig = tmp.resolve("bad.trig");
        Files.writeString(trig, """
                @prefix schema: <http://schema.org/> .
                <https://w3id.org/medkg/graph/zh/x> {
                  <https://w3id.org/medkg/code/OMIM/12ab> a schema:MedicalCode ;
                      schema:codingSystem "OMIM" ; schema:codeValue "12ab" .
                }
                """);
        Run named = run("validate", trig.toString());
        assertStatus(ExitStatus.FAILED, named);
        assertTrue(named.out().contains("violation"), named::toString);
    }

    @Test
    void validateGoesOnAfterABadFile() throws IOException {
        Path good = extractSeed("ttl");
        Path notRdf = tmp.resolve("article.ttl");
        Files.writeString(notRdf, "{{Infobox disease\n| Name = not RDF at all\n}}\n");
        Run r = run("validate", notRdf.toString(), good.toString());
        assertStatus(ExitStatus.FAILED, r);
        assertTrue(r.err().contains(notRdf + ": cannot read RDF"), r::toString);
        assertTrue(r.out().contains(good + ": conforms"), "the other file is still checked:\n" + r);
        assertNoStackTrace(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken.ttl", "broken.nt", "broken.jsonld", "broken.rdf", "unknown.wiki", "missing.ttl",
            "folder"})
    void validateOfSomethingThatIsNotRdf(String name) throws IOException {
        Path file = tmp.resolve(name);
        switch (name) {
            case "missing.ttl" -> { }
            case "folder" -> Files.createDirectories(file);
            case "broken.jsonld" -> Files.writeString(file, "{ \"@id\": ");
            case "broken.rdf" -> Files.writeString(file, "<rdf:RDF><unclosed>");
            default -> Files.writeString(file, "'''Spinal muscular atrophy''' is <not> RDF . \"\n");
        }
        Run r = run("validate", file.toString());
        assertStatus(ExitStatus.FAILED, r);
        assertTrue(r.err().contains(file.toString()), () -> "the message names the file:\n" + r);
        assertNoStackTrace(r);
    }

    // ---------------------------------------------------------------- demo

    @Test
    void demoRunsTheSeedThroughLoadQueryAndExport(@TempDir Path dir) {
        Run r = run("demo", "--dir", dir.toString());
        assertStatus(ExitStatus.OK, r);
        assertTrue(r.out().contains("SMN1") && r.out().contains("Nusinersen") && r.out().contains("HP_0000007"),
                r::toString);
        assertTrue(r.out().contains("脊髓性肌肉萎缩症"), r::toString);
        assertTrue(r.out().contains("conforms"), r::toString);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(dir.resolve("sma.ttl")).parse(g);
        assertTrue(g.contains(SEED_DISEASE, Node.ANY, Node.ANY));
        DatasetGraph json = DatasetGraphFactory.createTxnMem();
        RDFParser.source(dir.resolve("sma.jsonld")).parse(json);
        Graph union = GraphFactory.createDefaultGraph();
        json.find().forEachRemaining(q -> union.add(q.asTriple()));
        assertTrue(union.isIsomorphicWith(g), "the JSON-LD export holds the Turtle export's triples");
        assertNoStackTrace(r);
    }

    // ---------------------------------------------------------------- the real process

    /** {@code main} prints UTF-8 whatever the platform's encoding, as the RDF it writes. */
    @Test
    void mainPrintsUtf8UnderAnAsciiLocale() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Dfile.encoding=US-ASCII", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "parse", "-");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write("'''脊髓性肌肉萎縮症'''\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "medkg did not end");
        assertAll(
                () -> assertEquals(0, p.exitValue()),
                () -> assertTrue(new String(out, StandardCharsets.UTF_8).contains(SEED_NAME),
                        () -> "not UTF-8: " + new String(out, StandardCharsets.UTF_8)));
    }

    // ----------------------------------------------------------------

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static <T> List<T> iterToList(Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
