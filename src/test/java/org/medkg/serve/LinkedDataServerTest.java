package org.medkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medkg.rdf.Vocab;

/** The linked-data side of {@code medkg serve}: 303s, data documents in every syntax, pages, search, 404s. */
class LinkedDataServerTest {
    static final String BASE = "https://w3id.org/medkg/";
    static final Node SMA = NodeFactory.createURI(BASE + "disease/Spinal_muscular_atrophy");
    static final Node SMN1 = NodeFactory.createURI(BASE + "gene/SMN1");

    @TempDir
    static Path dir;
    static ServedStore served;

    @BeforeAll
    static void start() {
        served = ServedStore.start(dir.resolve("store"));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentFormat.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML"})
    void aResourceIriSeesOtherToItsDataDocumentInTheAcceptedSyntax(DocumentFormat format) {
        HttpResponse<String> see = served.get("/disease/Spinal_muscular_atrophy", "Accept", format.mediaType());
        assertEquals(303, see.statusCode());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertEquals("/data/disease/Spinal_muscular_atrophy." + format.extension(), location);
        assertTrue(see.headers().allValues("Vary").contains("Accept"));

        HttpResponse<String> doc = served.get(location);
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        Graph g = parse(doc.body(), format.lang());
        assertTrue(g.contains(SMA, RDF.type.asNode(), Vocab.MedicalCondition));
        assertTrue(g.contains(SMA, Vocab.name, NodeFactory.createLiteralLang("脊髓性肌肉萎缩症", "zh-Hans")));
        assertTrue(g.contains(SMA, Vocab.name, NodeFactory.createLiteralLang("脊髓性肌肉萎縮症", "zh-Hant")));
        Node icd = NodeFactory.createURI(BASE + "code/ICD-10/G12.0");
        assertTrue(g.contains(SMA, Vocab.code, icd), "the codes");
        assertTrue(g.contains(icd, Vocab.codeValue, NodeFactory.createLiteralString("G12.0")), "the code's own triples");
        assertTrue(g.contains(SMN1, Vocab.associatedDisease, SMA), "the gene pointing at the disease");
        assertTrue(g.contains(SMN1, Vocab.name, Node.ANY), "the label of what it links to");
        assertTrue(g.contains(Node.ANY, RDF.subject.asNode(), SMN1), "the evidence of the gene");
        assertTrue(g.contains(Node.ANY, Vocab.value, Node.ANY), "the evidence's sentence");
    }

    @Test
    void everyIriTheStoreMintsAnswersWithAPageAndAParsableDataDocument() {
        IriMapping mapping = new IriMapping(BASE);
        Set<Node> minted = new TreeSet<>(Comparator.comparing(Node::getURI));
        Txn.executeRead(served.store.dataset(), () -> served.store.dataset().find()
                .forEachRemaining(q -> {
                    for (Node n : List.of(q.getSubject(), q.getObject(), q.getGraph())) {
                        if (mapping.isLocal(n)) {
                            minted.add(n);
                        }
                    }
                }));
        assertTrue(minted.size() > 100, "diseases, genes, codes, categories, citations, graphs…: " + minted.size());
        for (Node iri : minted) {
            String path = mapping.localPath(iri);
            HttpResponse<String> see = served.get(path, "Accept", "application/n-triples");
            assertEquals(303, see.statusCode(), path);
            HttpResponse<String> doc = served.get(see.headers().firstValue("Location").orElseThrow());
            assertEquals(200, doc.statusCode(), path);
            Graph g = parse(doc.body(), Lang.NTRIPLES);
            assertTrue(g.contains(iri, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, iri), path);
            for (DisplayLanguage lang : DisplayLanguage.values()) {
                HttpResponse<String> page = served.get("/page" + path + "?lang=" + lang.tag());
                assertEquals(200, page.statusCode(), path + " in " + lang);
                assertTrue(page.body().contains("<h1 id=\"title\">"), path);
            }
        }
    }

    @Test
    void browsersAndClientsWithoutAcceptGoToThePage() {
        for (String accept : List.of("text/html,application/xhtml+xml,*/*;q=0.8", "*/*")) {
            HttpResponse<String> see = served.get("/disease/Spinal_muscular_atrophy", "Accept", accept);
            assertEquals(303, see.statusCode());
            assertEquals("/page/disease/Spinal_muscular_atrophy", see.headers().firstValue("Location").orElseThrow());
        }
        HttpResponse<String> page = served.get("/page/disease/Spinal_muscular_atrophy");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    @Test
    void qValuesChooseTheSyntax() {
        HttpResponse<String> see = served.get("/disease/Spinal_muscular_atrophy", "Accept",
                "text/html;q=0.5, application/ld+json;q=0.9, text/turtle;q=0.8");
        assertEquals("/data/disease/Spinal_muscular_atrophy.jsonld", see.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theDataDocumentWithoutExtensionNegotiates() {
        HttpResponse<String> doc = served.get("/data/disease/Spinal_muscular_atrophy", "Accept", "application/n-triples");
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("Content-Type").orElseThrow().startsWith("application/n-triples"));
        assertTrue(parse(doc.body(), Lang.NTRIPLES).contains(SMA, RDF.type.asNode(), Vocab.MedicalCondition));
        assertEquals(406, served.get("/data/disease/Spinal_muscular_atrophy", "Accept", "image/png").statusCode());
    }

    @Test
    void keysWithEncodedSlashesAndChineseAnswer() {
        HttpResponse<String> citation = served.get("/citation/doi/10.1002%2Fana.410400219", "Accept", "text/turtle");
        assertEquals(303, citation.statusCode());
        Graph g = parse(served.get(citation.headers().firstValue("Location").orElseThrow()).body(), Lang.TURTLE);
        Node work = NodeFactory.createURI(BASE + "citation/doi/10.1002%2Fana.410400219");
        assertTrue(g.contains(work, Vocab.name, Node.ANY));
        assertTrue(g.contains(Node.ANY, Vocab.citation, work));

        // the same category, with its name percent-encoded (as browsers send it) and raw
        for (String path : List.of("/category/zh/%E8%BF%90%E5%8A%A8%E7%A5%9E%E7%BB%8F%E5%85%83%E7%97%85",
                "/category/zh/%e8%bf%90%e5%8a%a8%e7%a5%9e%e7%bb%8f%e5%85%83%e7%97%85")) {
            HttpResponse<String> r = served.get(path, "Accept", "text/turtle");
            assertEquals(303, r.statusCode(), path);
            Graph category = parse(served.get(r.headers().firstValue("Location").orElseThrow()).body(), Lang.TURTLE);
            assertTrue(category.contains(Node.ANY, Vocab.subject, NodeFactory.createURI(BASE + "category/zh/运动神经元病")),
                    "the diseases in the category");
        }
    }

    @Test
    void theOntologyAndTheCodingSystemsAnswerToo() {
        HttpResponse<String> see = served.get("/ontology", "Accept", "text/turtle");
        assertEquals(303, see.statusCode());
        Graph ontology = parse(served.get(see.headers().firstValue("Location").orElseThrow()).body(), Lang.TURTLE);
        assertTrue(ontology.contains(Vocab.Evidence, RDF.type.asNode(), OWL.Class.asNode()),
                "ontology#Evidence is described in the ontology's document");
        HttpResponse<String> system = served.get("/coding-system/ICD-10", "Accept", "text/turtle");
        assertEquals(303, system.statusCode());
        Graph icd = parse(served.get(system.headers().firstValue("Location").orElseThrow()).body(), Lang.TURTLE);
        assertTrue(icd.contains(NodeFactory.createURI(BASE + "coding-system/ICD-10"), Node.ANY, Node.ANY));
        assertTrue(icd.contains(Node.ANY, Vocab.inCodeSet, NodeFactory.createURI(BASE + "coding-system/ICD-10")),
                "the codes of the system");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/disease/No_such_disease", "/gene/NOPE1", "/data/disease/No_such_disease.ttl",
            "/page/disease/No_such_disease", "/nothing", "/data/", "/page/", "/data/disease/"})
    void unknownIrisAre404NotErrors(String path) {
        HttpResponse<String> r = served.get(path, "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), path);
        HttpResponse<String> html = served.get(path, "Accept", "text/html");
        assertEquals(404, html.statusCode(), path);
        assertTrue(html.body().contains("<h1>"), path);
    }

    @Test
    void thePageShowsNamesCodesGeneProteinDrugInheritanceAndEvidence() {
        String page = served.get("/page/disease/Spinal_muscular_atrophy?lang=zh-Hans").body();
        assertTrue(page.contains("<h1 id=\"title\">脊髓性肌肉萎缩症</h1>"));
        assertTrue(page.contains("脊髓性肌肉萎縮症") && page.contains("Spinal muscular atrophy"), "all scripts");
        assertTrue(page.contains("href=\"https://icd.who.int/browse10/2019/en#/G12.0\""), "codes link to resolvers");
        assertTrue(page.contains(">SMN1</a>") && page.contains("运动神经元存活因子"), "gene → protein");
        assertTrue(page.contains(">Nusinersen</a>"), "drug");
        assertTrue(page.contains("常染色体隐性遗传"), "inheritance, labelled from the ontology");
        assertTrue(page.contains("<q>控制這種蛋白質形成的基因，稱為SMN1"), "the evidence sentence");
        assertTrue(page.contains("<svg class=\"neighbourhood\""), "the neighbourhood picture");
        assertTrue(page.contains("href=\"/query?query="), "a prefilled SPARQL query");
        int at = page.indexOf("href=\"/sparql?output=text&amp;query=");
        assertTrue(at > 0, "the same query, run at /sparql");
        String run = page.substring(at + 6, page.indexOf('"', at + 6)).replace("&amp;", "&");
        HttpResponse<String> answer = served.get(run);
        assertEquals(200, answer.statusCode(), run);
        assertTrue(answer.body().contains("schema:code") || answer.body().contains("http://schema.org/code"),
                answer.body());
        assertTrue(page.contains("href=\"/data/disease/Spinal_muscular_atrophy.ttl\""), "the data links");
    }

    @Test
    void aResourceWithoutANameInTheLanguageShowsAnOtherNameThatHasIt() {
        String en = served.get("/page/disease/Spinal_muscular_atrophy?lang=en").body();
        assertTrue(en.contains("<a href=\"/protein/SMN\">SMN</a>"), "the protein's abbreviation on the English page");
        String hans = served.get("/page/disease/Spinal_muscular_atrophy?lang=zh-Hans").body();
        assertTrue(hans.contains("<a href=\"/protein/SMN\">运动神经元存活因子</a>"), "its name on the Chinese page");
    }

    @Test
    void acceptLanguageChoosesTheScriptAndLangOverridesIt() {
        assertEquals("脊髓性肌肉萎縮症", title(served.get("/page/disease/Spinal_muscular_atrophy", "Accept-Language",
                "zh-TW,zh;q=0.9,en;q=0.8")));
        assertEquals("脊髓性肌肉萎缩症", title(served.get("/page/disease/Spinal_muscular_atrophy", "Accept-Language",
                "zh-CN,zh;q=0.9")));
        assertEquals("Spinal muscular atrophy", title(served.get("/page/disease/Spinal_muscular_atrophy",
                "Accept-Language", "en-GB,en;q=0.9")));
        HttpResponse<String> chosen = served.get("/page/disease/Spinal_muscular_atrophy?lang=zh-Hant",
                "Accept-Language", "en");
        assertEquals("脊髓性肌肉萎縮症", title(chosen));
        assertEquals("zh-Hant", chosen.headers().firstValue("Content-Language").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"脊髓性肌肉萎縮症", "脊髓性肌肉萎缩症", "脊髓性肌肉萎縮症", "spinal MUSCULAR", "肌肉萎縮", "SMA"})
    void searchFindsTheDiseaseWhicheverScriptItIsTypedIn(String q) {
        HttpResponse<String> r = served.get("/search?q=" + PageLayout.encode(q) + "&lang=en");
        assertEquals(200, r.statusCode());
        String hits = r.body().substring(r.body().indexOf("<ol class=\"hits\">"));
        assertTrue(hits.startsWith("<ol class=\"hits\">\n<li><a href=\"/page/disease/Spinal_muscular_atrophy?lang=en\""),
                q + " → " + hits.substring(0, Math.min(300, hits.length())));
    }

    @Test
    void searchReportsNothingAndRefusesHugeQueries() {
        assertTrue(served.get("/search?q=zzzzqqq").body().contains("class=\"none\""));
        assertEquals(400, served.get("/search?q=" + "x".repeat(SearchServlet.MAX_QUERY_LENGTH + 1)).statusCode());
    }

    @Test
    void otherResourcesHavePagesToo() {
        String gene = served.get("/page/gene/SMN1?lang=en").body();
        assertTrue(gene.contains("<h1 id=\"title\">SMN1</h1>"));
        assertTrue(gene.contains("href=\"/page/disease/Spinal_muscular_atrophy\"") || gene.contains(
                "href=\"/disease/Spinal_muscular_atrophy\"") || gene.contains("/disease/Spinal_muscular_atrophy"));
        String code = served.get("/page/code/ICD-10/G12.0?lang=en").body();
        assertTrue(code.contains("ICD-10 G12.0"));
        assertEquals(200, served.get("/").statusCode());
        assertTrue(served.get("/query?example=disease-codes.rq").body().contains("schema:codingSystem"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> r = served.get("/page/disease/Spinal_muscular_atrophy");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertFalse(r.headers().firstValue("Server").isPresent(), "no server version");
    }

    @Test
    void headAnswersWithoutABody() {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(served.uri("/page/disease/Spinal_muscular_atrophy"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().isEmpty());
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", served.server.address().getHost());
    }

    static String title(HttpResponse<String> page) {
        String body = page.body();
        int start = body.indexOf("<h1 id=\"title\">") + "<h1 id=\"title\">".length();
        return body.substring(start, body.indexOf("</h1>", start));
    }

    static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }
}
