package org.medkg.store;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query of {@code queries/} run on a store of the seed article and the test articles, with the answers
 * those articles give. The queries are parsed without medkg's predeclared prefixes: each file must declare
 * its own, so that it runs in any SPARQL tool.
 */
class QueriesTest {
    static final Path QUERIES = Path.of("queries");
    static final String B = "https://w3id.org/medkg/";
    static final Node SMA = iri(B + "disease/Spinal_muscular_atrophy");
    static final Node ALS = iri(B + "disease/Amyotrophic_lateral_sclerosis");
    static final Node CF = iri(B + "disease/Cystic_fibrosis");
    static final Node PKU = iri(B + "disease/Phenylketonuria");
    static final Node HHT = iri(B + "disease/Hereditary_hemorrhagic_telangiectasia");
    static final Node SMA_GRAPH = iri(B + "graph/zh/脊髓性肌肉萎縮症");
    static final Node HP_AD = iri("http://purl.obolibrary.org/obo/HP_0000006");
    static final Node HP_AR = iri("http://purl.obolibrary.org/obo/HP_0000007");
    static final String SCHEMA = "http://schema.org/";

    /** The test of each query file; a file with none fails {@link #everyQueryFileHasATest}. */
    static final Set<String> TESTED = Set.of("diseases-by-gene.rq", "gene-proteins.rq",
            "drugs-for-autosomal-recessive.rq", "disease-codes.rq", "disease-by-code.rq",
            "diseases-sharing-a-gene.rq", "disease-names.rq", "diseases-in-category.rq", "counts-by-inheritance.rq",
            "diseases-without-codes.rq", "evidence-for-facts.rq", "citations-with-doi.rq", "article-graphs.rq",
            "gene-disease-drug-network.rq");

    @TempDir
    static Path dir;
    static MedkgStore store;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        store = MedkgStore.open(dir.resolve("store"));
        StoreFixtures.load(store, 100, StoreFixtures.ARTICLES);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- the files

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    static String text(String file) {
        try {
            return Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyQueryFileHasATestAndAQuestion() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 10, "at least ten example queries: " + files);
        Set<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(TESTED), new TreeSet<>(names), "every query in queries/ has a test here");
        String readme = Files.readString(QUERIES.resolve("README.md"), StandardCharsets.UTF_8);
        for (Path f : files) {
            String name = f.getFileName().toString();
            assertTrue(Files.readString(f).startsWith("# "), name + " starts with a # comment saying what it asks");
            assertTrue(readme.contains("`" + name + "`"), "queries/README.md lists " + name);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAsStandardSparqlWithItsOwnPrefixes() throws IOException {
        return queryFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Query q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            assertFalse(q.isUnknownType());
            // and through medkg's parser without predeclared prefixes
            assertNotNull(StoreQuery.parse(text, f.toString(), null));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryRunsAndAnswers() throws IOException {
        return queryFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Query q = StoreQuery.parse(Files.readString(f, StandardCharsets.UTF_8), f.toString(), null);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            long n = StoreQuery.run(store, q, StoreQuery.Results.TABLE, Duration.ofSeconds(30), out);
            String name = f.getFileName().toString();
            // Two questions have no answer among the test articles: every disease has a code, none shares a gene.
            if (!Set.of("diseases-sharing-a-gene.rq", "diseases-without-codes.rq").contains(name)) {
                assertTrue(n > 0, name + " answers something:\n" + out.toString(StandardCharsets.UTF_8));
            }
        }));
    }

    // ---------------------------------------------------------------- the union default graph

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() {
        StoreStats stats = store.stats();
        Txn.executeRead(store.dataset(), () -> assertTrue(store.dataset().getDefaultGraph().isEmpty(),
                "nothing is stored in the real default graph"));
        List<Binding> rows = select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(stats.triples(), number(rows.get(0), "n"),
                "a query without GRAPH sees every distinct triple of the article graphs, each once");
        List<Binding> graphs = select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(stats.graphs(), number(graphs.get(0), "n"));
        // a fact of the seed article, without GRAPH
        assertTrue(StoreQuery.ask(store, StoreQuery.parse("ASK { <" + B + "gene/SMN1> <" + SCHEMA
                + "associatedDisease> <" + SMA.getURI() + "> }", "-e", null), Duration.ofSeconds(10)));
    }

    // ---------------------------------------------------------------- each query

    @Test
    void diseasesByGene() {
        List<Binding> rows = run("diseases-by-gene.rq");
        assertEquals(1, rows.size(), rows::toString);
        Binding r = rows.get(0);
        assertAll(
                () -> assertEquals(SMA, r.get("disease")),
                () -> assertEquals(NodeFactory.createLiteralString("SMN1"), r.get("symbol")),
                () -> assertEquals(NodeFactory.createLiteralLang("Spinal muscular atrophy", "en"), r.get("en")),
                () -> assertEquals(NodeFactory.createLiteralLang("脊髓性肌肉萎缩症", "zh-Hans"), r.get("zh")),
                () -> assertEquals(SMA_GRAPH, r.get("graph")));
        // The VALUES line is the place to change the gene, several at once.
        List<Binding> other = run("diseases-by-gene.rq", t -> t.replace("{ \"SMN1\" }", "{ \"CFTR\" \"SOD1\" }"));
        assertEquals(Set.of(CF, ALS), column(other, "disease"));
    }

    @Test
    void geneProteins() {
        List<Binding> rows = run("gene-proteins.rq");
        Binding smn1 = only(rows, "symbol", NodeFactory.createLiteralString("SMN1"));
        assertEquals(iri(B + "protein/SMN"), smn1.get("protein"));
        List<String> names = Arrays.asList(smn1.get("names").getLiteralLexicalForm().split(" \\| "));
        assertTrue(names.contains("SMN"), "SMN1 encodes a protein named SMN: " + names);
        assertTrue(names.contains("运动神经元存活因子"), names::toString);
        // every gene that encodes something, with a name for its protein
        assertTrue(column(rows, "symbol").containsAll(Set.of(NodeFactory.createLiteralString("CFTR"),
                NodeFactory.createLiteralString("PAH"), NodeFactory.createLiteralString("HTT"))), rows::toString);
        rows.forEach(r -> assertFalse(r.get("names").getLiteralLexicalForm().isBlank(), r::toString));
    }

    @Test
    void drugsForAutosomalRecessiveDiseases() {
        List<Binding> rows = run("drugs-for-autosomal-recessive.rq");
        Set<List<Node>> pairs = rows.stream().map(r -> List.of(r.get("disease"), r.get("drug")))
                .collect(Collectors.toSet());
        assertEquals(Set.of(List.of(SMA, drug("nusinersen")), List.of(CF, drug("ivacaftor")),
                List.of(PKU, drug("sapropterin")), List.of(PKU, drug("pegvaliase"))), pairs, rows::toString);
        assertEquals(rows.size(), pairs.size(), "one row per disease and drug (one name each)");
        Binding nusinersen = only(rows, "drug", drug("nusinersen"));
        assertEquals(NodeFactory.createLiteralLang("Nusinersen", "en"), nusinersen.get("drugName"));
        assertEquals(NodeFactory.createLiteralLang("Spinal muscular atrophy", "en"), nusinersen.get("diseaseName"));
        // the autosomal dominant ones instead
        Set<Node> dominant = column(run("drugs-for-autosomal-recessive.rq",
                t -> t.replace("{ obo:HP_0000007 }", "{ obo:HP_0000006 }")), "drug");
        assertTrue(dominant.contains(drug("tetrabenazine")) && !dominant.contains(drug("nusinersen")), dominant::toString);
    }

    @Test
    void diseaseCodes() {
        List<Binding> rows = run("disease-codes.rq");
        assertEquals(Set.of(SMA), column(rows, "disease"));
        Map<String, Node> urls = rows.stream().collect(Collectors.toMap(
                r -> r.get("system").getLiteralLexicalForm() + " " + r.get("value").getLiteralLexicalForm(),
                r -> r.get("url") == null ? NodeFactory.createLiteralString("none") : r.get("url")));
        assertEquals(iri("https://icd.who.int/browse10/2019/en#/G12.0"), urls.get("ICD-10 G12.0"), urls::toString);
        assertEquals(iri("https://identifiers.org/omim:253300"), urls.get("OMIM 253300"), urls::toString);
        assertEquals(iri("https://identifiers.org/mesh:D009134"), urls.get("MeSH D009134"), urls::toString);
        assertEquals(16, rows.size(), urls::toString);
        assertEquals(iri(B + "code/ICD-10/G12.0"), only(rows, "value", NodeFactory.createLiteralString("G12.0")).get("code"));
        // without the VALUES line: every disease's codes
        Set<Node> all = column(run("disease-codes.rq", t -> t.replaceAll("(?m)^\\s*VALUES.*\\n", "")), "disease");
        assertEquals(7, all.size(), all::toString);
    }

    @Test
    void diseaseByCode() {
        List<Binding> rows = run("disease-by-code.rq");
        assertEquals(List.of(SMA), rows.stream().map(r -> r.get("disease")).toList());
        List<Binding> cf = run("disease-by-code.rq", t -> t.replace("(\"ICD-10\" \"G12.0\")", "(\"OMIM\" \"219700\")"));
        assertEquals(List.of(CF), cf.stream().map(r -> r.get("disease")).toList());
    }

    @Test
    void diseaseNames() {
        List<Binding> rows = run("disease-names.rq");
        Set<Node> names = column(rows, "name");
        assertTrue(names.containsAll(Set.of(
                NodeFactory.createLiteralLang("脊髓性肌肉萎缩症", "zh-Hans"),
                NodeFactory.createLiteralLang("脊髓性肌肉萎縮症", "zh-Hant"),
                NodeFactory.createLiteralLang("Spinal muscular atrophy", "en"),
                NodeFactory.createLiteralLang("SMA", "en"))), names::toString);
        for (Binding r : rows) {
            String tag = r.get("name").getLiteralLanguage();
            assertTrue(Set.of("zh-hans", "zh-hant", "en").contains(tag.toLowerCase()), "no @zh as-written names: " + r);
            assertEquals(tag.toLowerCase(), r.get("language").getLiteralLexicalForm().toLowerCase(), r::toString);
        }
    }

    @Test
    void diseasesInCategory() {
        assertEquals(Set.of(SMA, ALS), column(run("diseases-in-category.rq"), "disease"));
        // the category in traditional script finds the same concept
        assertEquals(Set.of(SMA, ALS), column(run("diseases-in-category.rq",
                t -> t.replace("{ \"运动神经元病\" }", "{ \"運動神經元病\" }")), "disease"));
        Set<Node> rare = column(run("diseases-in-category.rq",
                t -> t.replace("{ \"运动神经元病\" }", "{ \"Rare diseases\" }")), "disease");
        assertTrue(rare.contains(HHT), rare::toString);
    }

    @Test
    void countsByInheritance() {
        List<Binding> rows = run("counts-by-inheritance.rq");
        Map<Node, Long> counts = rows.stream().collect(Collectors.toMap(r -> r.get("pattern"), r -> number(r, "diseases")));
        assertEquals(Map.of(HP_AR, 3L, HP_AD, 3L), counts);
        String recessive = only(rows, "pattern", HP_AR).get("which").getLiteralLexicalForm();
        assertTrue(recessive.contains("Spinal muscular atrophy") && recessive.contains("Cystic fibrosis")
                && recessive.contains("Phenylketonuria"), recessive);
    }

    @Test
    void evidenceForFacts() throws IOException {
        List<Binding> rows = run("evidence-for-facts.rq");
        Binding causes = only(rows, "predicate", iri(SCHEMA + "associatedDisease"));
        assertAll(
                () -> assertEquals(SMA, causes.get("object")),
                () -> assertEquals(SMA_GRAPH, causes.get("graph")),
                () -> assertTrue(causes.get("sentence").getLiteralLexicalForm().contains("SMN1"), causes::toString),
                () -> assertEquals("zh", causes.get("sentence").getLiteralLanguage()),
                () -> assertEquals(24L, number(causes, "line")),
                () -> assertSentenceAt(causes),
                () -> assertEquals(NodeFactory.createLiteralLang("病因", "zh"), causes.get("section")),
                () -> assertTrue(causes.get("source").getURI().endsWith("examples/zh/spinal-muscular-atrophy.wiki"),
                        causes::toString));
        Binding encodes = only(rows, "predicate", iri(SCHEMA + "encodesBioChemEntity"));
        assertEquals(iri(B + "protein/SMN"), encodes.get("object"));
        assertSentenceAt(encodes);
        // a disease's prose facts: its drug
        List<Binding> sma = run("evidence-for-facts.rq", t -> t.replace("{ gene:SMN1 }",
                "{ <" + SMA.getURI() + "> }"));
        Binding drug = only(sma, "predicate", iri(SCHEMA + "drug"));
        assertEquals(drug("nusinersen"), drug.get("object"));
        assertEquals(28L, number(drug, "line"));
    }

    @Test
    void citationsWithDoi() {
        List<Binding> rows = run("citations-with-doi.rq");
        Binding sma = only(rows, "disease", SMA);
        assertAll(
                () -> assertEquals("10.1002/ana.410400219", sma.get("doi").getLiteralLexicalForm()),
                () -> assertEquals("Annals of Neurology", sma.get("journal").getLiteralLexicalForm()),
                () -> assertEquals(iri("https://pubmed.ncbi.nlm.nih.gov/8773609"), sma.get("pubmed")),
                () -> assertTrue(sma.get("title").getLiteralLexicalForm().startsWith("Molecular basis")));
        assertEquals(7, rows.size(), "one DOI-cited paper per disease article: " + rows);
    }

    @Test
    void articleGraphs() {
        List<Binding> rows = run("article-graphs.rq");
        StoreStats stats = store.stats();
        assertEquals(stats.articles(), rows.size());
        assertEquals(stats.diseases(), rows.stream().filter(r -> r.get("disease") != null).count());
        assertEquals(stats.quads(), rows.stream().mapToLong(r -> number(r, "triples")).sum(),
                "the triples of the article graphs add up to the store's quads");
        Binding seed = only(rows, "graph", SMA_GRAPH);
        assertEquals(SMA, seed.get("disease"));
        assertTrue(seed.get("source").getURI().endsWith("spinal-muscular-atrophy.wiki"), seed::toString);
    }

    @Test
    void geneDiseaseDrugNetwork() {
        Graph g = StoreQuery.graph(store, query("gene-disease-drug-network.rq", Function.identity()), Duration.ofSeconds(30));
        assertTrue(g.contains(iri(B + "gene/SMN1"), iri(SCHEMA + "associatedDisease"), SMA));
        assertTrue(g.contains(SMA, iri(SCHEMA + "drug"), drug("nusinersen")));
        assertTrue(g.contains(drug("nusinersen"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Nusinersen", "en")));
        assertTrue(g.contains(iri(B + "gene/SMN1"), RDFS.label.asNode(), NodeFactory.createLiteralString("SMN1")));
        assertEquals(1, g.find(drug("pegvaliase"), RDFS.label.asNode(), Node.ANY).toList().size(),
                "one name per drug");
    }

    /**
     * Two questions the test articles leave unanswered (every disease has a code; no two diseases share a gene)
     * get their answer from one more article: CBAVD, caused by CFTR like cystic fibrosis, with no codes.
     */
    @Test
    void sharedGenesAndMissingCodesWithOneMoreArticle() throws IOException {
        assertEquals(List.of(), run("diseases-sharing-a-gene.rq"));
        assertEquals(List.of(), run("diseases-without-codes.rq"));

        Path article = tmp.resolve("Congenital bilateral absence of the vas deferens.wiki");
        Files.writeString(article, """
                {{Infobox medical condition (new)
                | name      = Congenital bilateral absence of the vas deferens
                | field     = [[Urology]]
                }}
                '''Congenital bilateral absence of the vas deferens''' ('''CBAVD''') is a condition in which the \
                tubes that carry sperm out of the testes do not develop, a common cause of male infertility.

                ==Genetics==
                Most cases are caused by mutations in both copies of the ''[[Cystic fibrosis transmembrane \
                conductance regulator|CFTR]]'' gene. It is passed on in an [[autosomal recessive]] manner.
                """, StandardCharsets.UTF_8);
        Node cbavd = iri(B + "disease/Congenital_bilateral_absence_of_the_vas_deferens");
        try (MedkgStore two = MedkgStore.open(tmp.resolve("store"))) {
            StoreFixtures.load(two, 10, List.of("src/test/resources/articles/zh/cystic_fibrosis_hant.wiki",
                    article.toString()));
            List<Binding> shared = StoreQuery.select(two, query("diseases-sharing-a-gene.rq", Function.identity()),
                    Duration.ofSeconds(30));
            assertEquals(1, shared.size(), shared::toString);
            Binding pair = shared.get(0);
            assertEquals("CFTR", pair.get("symbol").getLiteralLexicalForm());
            assertEquals(Set.of(CF, cbavd), Set.of(pair.get("disease1"), pair.get("disease2")));

            List<Binding> uncoded = StoreQuery.select(two, query("diseases-without-codes.rq", Function.identity()),
                    Duration.ofSeconds(30));
            assertEquals(List.of(cbavd), uncoded.stream().map(r -> r.get("disease")).toList());
            assertEquals(NodeFactory.createLiteralLang("Congenital bilateral absence of the vas deferens", "en"),
                    uncoded.get(0).get("en"));
        }
    }

    @Test
    void aQueryThatRunsTooLongTimesOut() {
        Query q = StoreQuery.parse("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "-e", null);
        long start = System.nanoTime();
        StoreQuery.Timeout e = assertThrows(StoreQuery.Timeout.class,
                () -> StoreQuery.select(store, q, Duration.ofMillis(300)));
        assertTrue(e.getMessage().contains("0.3 s"), e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "stopped soon after its limit");
        assertFalse(store.dataset().isInTransaction(), "the read transaction is over");
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        StoreQuery.SyntaxError e = assertThrows(StoreQuery.SyntaxError.class,
                () -> StoreQuery.parse("PREFIX schema: <http://schema.org/>\nSELECT ?x\nWHERE { ?x a schema:Gene . ?x }",
                        "bad.rq", null));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("bad.rq:3:" + e.column() + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }

    /** The evidence's line and column (1-based; UTF-16 units) in the seed article are where its sentence starts. */
    static void assertSentenceAt(Binding evidence) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/zh/spinal-muscular-atrophy.wiki"), StandardCharsets.UTF_8);
        String line = lines.get((int) number(evidence, "line") - 1);
        String sentence = evidence.get("sentence").getLiteralLexicalForm();
        String start = sentence.substring(0, 10);
        assertTrue(line.substring((int) number(evidence, "column") - 1).startsWith(start),
                () -> "line " + number(evidence, "line") + " column " + number(evidence, "column") + " should start \""
                        + start + "\": " + line);
    }

    // ---------------------------------------------------------------- helpers

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node drug(String key) {
        return iri(B + "drug/" + key);
    }

    static Query query(String file, Function<String, String> edit) {
        String text = edit.apply(text(file));
        return StoreQuery.parse(text, file, null);
    }

    static List<Binding> run(String file) {
        return StoreQuery.select(store, query(file, Function.identity()), Duration.ofSeconds(30));
    }

    /** Runs a query file, edited (its VALUES changed) by {@code edit}. */
    static List<Binding> run(String file, Function<String, String> edit) {
        String original = text(file);
        String edited = edit.apply(original);
        assertFalse(edited.equals(original), "the edit of " + file + " changed nothing");
        return StoreQuery.select(store, StoreQuery.parse(edited, file, null), Duration.ofSeconds(30));
    }

    static List<Binding> select(String text) {
        return StoreQuery.select(store, StoreQuery.parse(text, "-e", null), Duration.ofSeconds(30));
    }

    static Set<Node> column(List<Binding> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(n -> n != null).collect(Collectors.toSet());
    }

    static Binding only(List<Binding> rows, String var, Node value) {
        List<Binding> hits = rows.stream().filter(r -> value.equals(r.get(var))).toList();
        assertEquals(1, hits.size(), () -> "one row with ?" + var + " = " + value + " in " + rows);
        return hits.get(0);
    }

    static long number(Binding row, String var) {
        return ((Number) row.get(var).getLiteralValue()).longValue();
    }
}
