package org.medkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriSchemeTest {
    private static final String B = IriScheme.DEFAULT_BASE;
    private static final IriScheme IRIS = new IriScheme(B);
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    /** A valid absolute IRI: no violations in Jena's IRIx, and read back equal from N-Triples by a strict parser. */
    private static void assertValid(Node iri) {
        assertValid(List.of(iri));
    }

    private static void assertValid(List<Node> iris) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Node iri : iris) {
            assertTrue(iri.isURI(), () -> iri + " is not an IRI");
            String s = iri.getURI();
            IRIx x = IRIx.create(s);
            assertFalse(x.hasViolations(), () -> "violations in <" + s + ">");
            assertFalse(x.isRelative(), () -> "<" + s + "> is relative");
            assertEquals(s, x.str());
            g.add(Triple.create(iri, P, iri));
        }
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, g, Lang.NTRIPLES);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nt.toString(StandardCharsets.UTF_8), Lang.NTRIPLES)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(back);
        assertTrue(g.isIsomorphicWith(back), () -> "IRIs do not round-trip through N-Triples: " + iris);
    }

    /** All the IRIs one key gives. */
    private static List<Node> minted(IriScheme iris, String key) {
        return List.of(iris.disease("zh", null, key), iris.disease("zh", key, key), iris.code(key, key),
                iris.category("zh", key), iris.citation(key, null, key), iris.citation(null, key, key),
                iris.citation(null, null, key), iris.graph("zh", key), iris.software(key), iris.gene(key), iris.protein(key), iris.drug(key),
                iris.therapy("zh", key), iris.symptom("zh", key),
                IriScheme.wikipediaPage("zh", key), IriScheme.commonsFile(key), IriScheme.doi(key),
                IriScheme.pubmed(key));
    }

    // ---------------------------------------------------------------- minted IRIs

    @Test
    void chineseNamesStayReadable() {
        Node d = IRIS.disease("zh", null, "脊髓性肌肉萎縮症");
        assertEquals(B + "disease/zh/脊髓性肌肉萎縮症", d.getURI());
        assertValid(d);
        assertEquals(B + "category/zh/遗传性疾病", IRIS.category("zh", "遗传性疾病").getURI());
        assertEquals(B + "graph/zh/脊髓性肌肉萎縮症", IRIS.graph("zh", "脊髓性肌肉萎縮症").getURI());
    }

    @Test
    void spacesBecomeUnderscores() {
        assertEquals(B + "disease/Spinal_muscular_atrophy",
                IRIS.disease("zh", "Spinal muscular atrophy", "脊髓性肌肉萎縮症").getURI());
        assertEquals(B + "disease/en/Spinal_muscular_atrophy",
                IRIS.disease("en", null, "Spinal muscular atrophy").getURI());
        assertEquals(B + "code/SNOMED_CT/5262007", IRIS.code("SNOMED CT", "5262007").getURI());
        assertEquals(B + "category/en/Rare_diseases", IRIS.category("en", "Rare diseases").getURI());
    }

    @Test
    void englishNameIsTheKeyAcrossLanguagesAsAWikipediaTitle() {
        Node fromZh = IRIS.disease("zh", "spinal  muscular atrophy", "脊髓性肌肉萎縮症");
        Node fromEn = IRIS.disease("en", " Spinal muscular_atrophy ", "Spinal muscular atrophy");
        assertEquals(B + "disease/Spinal_muscular_atrophy", fromZh.getURI(), "first letter upper case, one '_'");
        assertEquals(fromZh, fromEn, "one disease, one IRI, whichever article names it");
        assertEquals(B + "disease/Émile_disease", IRIS.disease("fr", "émile disease", "x").getURI());
    }

    @Test
    void punctuationIsPercentEncodedInOneSegment() {
        assertEquals(B + "disease/zh/a%2Fb", IRIS.disease("zh", null, "a/b").getURI());
        assertEquals(B + "disease/zh/a%3Fb", IRIS.disease("zh", null, "a?b").getURI());
        assertEquals(B + "disease/zh/a%23b", IRIS.disease("zh", null, "a#b").getURI());
        assertEquals(B + "disease/zh/100%25", IRIS.disease("zh", null, "100%").getURI());
        assertEquals(B + "disease/zh/%22a%22_%27b%27", IRIS.disease("zh", null, "\"a\" 'b'").getURI());
        assertEquals(B + "disease/zh/%3Ca%3E", IRIS.disease("zh", null, "<a>").getURI());
        assertEquals(B + "disease/zh/a%5Cb%7Cc%5Ed%60e%7Bf%7D", IRIS.disease("zh", null, "a\\b|c^d`e{f}").getURI());
        assertEquals(B + "disease/zh/測試%EF%BC%88病%EF%BC%89", IRIS.disease("zh", null, "測試（病）").getURI(),
                "full-width punctuation is encoded, Han letters are kept");
        assertEquals(B + "code/ICD-10/G12.0", IRIS.code("ICD-10", "G12.0").getURI(), "-._~ are kept");
        assertEquals(B + "code/eMedicine/neuro%2F232", IRIS.code("eMedicine", "neuro/232").getURI());
        assertEquals(B + "code/OMIM/%23253300", IRIS.code("OMIM", "#253300").getURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"脊髓性肌肉萎縮症", "Spinal muscular atrophy", "a/b/c", "what?", "#1", "50%", "%41",
            "\"quoted\"", "'single'", "<tag>", "a b\tc\nd", "C++ (disease)", "α-thalassemia", "Sjögren's syndrome",
            "（全角）", "脊髓　性", "😷 mask", "\u0000\u001f\u007f", "\u00a0nbsp", "e\u0301", "\uE000private",
            "\uD800lone", "../../etc", ".", "..", "", " ", "javascript:alert(1)", "http://example.org/x",
            "[brackets]", "@:!$&'()*+,;=", "10.1002/(SICI)1097-4598<12::AID>3.0.CO;2-#"})
    void anyKeyGivesValidIris(String key) {
        assertValid(minted(IRIS, key.isEmpty() ? "x" : key));
        if (!key.isBlank()) {
            for (Node iri : List.of(IRIS.disease("zh", null, key), IRIS.category("zh", key), IRIS.graph("zh", key))) {
                String tail = iri.getURI().substring(iri.getURI().lastIndexOf("/zh/") + 4);
                assertFalse(tail.contains("/"), () -> "the key is one segment: " + iri);
                assertFalse(tail.isEmpty() || tail.equals(".") || tail.equals(".."), () -> "no dot segment: " + iri);
            }
        }
    }

    @Test
    void randomKeysGiveValidIris() {
        Random random = new Random(20_26);
        List<Node> all = new ArrayList<>();
        String alphabet = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n\u00a0\u3000aZ09脊髓症éß\u0301\uE000\uFFFD";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                switch (random.nextInt(6)) {
                    case 0 -> b.appendCodePoint(random.nextInt(0x80));
                    case 1 -> b.appendCodePoint(0x80 + random.nextInt(0x2FF80));
                    case 2 -> b.append((char) random.nextInt(0x10000));
                    default -> b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String key = b.toString();
            if (key.isBlank()) {
                continue;
            }
            try {
                all.addAll(minted(IRIS, key));
            } catch (RuntimeException e) {
                throw new AssertionError("key " + key.codePoints().mapToObj(Integer::toHexString).toList(), e);
            }
        }
        assertValid(all);
    }

    @Test
    void dotSegmentsStayInsideTheirNamespace() {
        assertEquals(B + "disease/zh/%2E", IRIS.disease("zh", null, ".").getURI());
        assertEquals(B + "disease/zh/%2E%2E", IRIS.disease("zh", null, "..").getURI());
        assertEquals(B + "graph/en/%2E%2E", IRIS.graph("en", "..").getURI());
        assertEquals(B + "disease/zh/...", IRIS.disease("zh", null, "...").getURI(), "three dots are no dot segment");
        assertEquals(B + "disease/zh/.hidden", IRIS.disease("zh", null, ".hidden").getURI());
    }

    @Test
    void differentKeysGiveDifferentIris() {
        List<String> keys = List.of("a/b", "a%2Fb", "a_b", "a b", "a?b", "a#b", "a%3Fb", "ab");
        List<String> iris = new ArrayList<>();
        for (String k : keys) {
            iris.add(IRIS.disease("zh", null, k).getURI());
        }
        assertEquals(keys.size() - 1, iris.stream().distinct().count(),
                "only 'a_b' and 'a b' meet, as in Wikipedia titles: " + iris);
    }

    @Test
    void documentedShapesOfMintedIris() {
        assertEquals(B + "code/ICD-10/G12.0", IRIS.code("ICD-10", "G12.0").getURI());
        assertEquals(B + "citation/doi/10.1002%2Fana.410400219",
                IRIS.citation("10.1002/ANA.410400219", "8067829", "k").getURI(), "the DOI first, lower case");
        assertEquals(B + "citation/pmid/8067829", IRIS.citation(null, "8067829", "k").getURI());
        String sha = IRIS.citation(null, null, "https://example.org/|Title|").getURI();
        assertTrue(sha.matches(java.util.regex.Pattern.quote(B) + "citation/sha1/[0-9a-f]{20}"), sha);
        assertEquals(sha, IRIS.citation(null, null, "https://example.org/|Title|").getURI(), "stable");
        assertEquals(B + "software/medkg/0.1.0-SNAPSHOT", IRIS.software("0.1.0-SNAPSHOT").getURI());
        assertEquals(B + "gene/SMN1", IRIS.gene("SMN1").getURI());
        assertEquals(B + "drug/nusinersen", IRIS.drug("Nusinersen").getURI());
        assertEquals(B + "therapy/zh/物理治疗", IRIS.therapy("zh", "物理治疗").getURI());
    }

    // ---------------------------------------------------------------- the base

    @Test
    void customBaseIsUsed() {
        for (String base : List.of("https://example.org/kg", "https://example.org/kg/")) {
            IriScheme iris = new IriScheme(base);
            assertEquals("https://example.org/kg/", iris.base());
            assertEquals("https://example.org/kg/disease/Spinal_muscular_atrophy",
                    iris.disease("zh", "Spinal muscular atrophy", "x").getURI());
            assertEquals("https://example.org/kg/code/OMIM/253300", iris.code("OMIM", "253300").getURI());
            for (Node n : minted(iris, "脊髓 a/b?")) {
                String s = n.getURI();
                assertFalse(s.startsWith(B), () -> s + " is under the default base");
            }
        }
        assertEquals("urn:medkg:test/disease/zh/x", new IriScheme("urn:medkg:test/").disease("zh", null, "x").getURI());
        assertEquals(B, new IriScheme(B).base());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kg/", "/kg/", "//example.org/kg/", "http://exa mple.org/", "http://",
            "https://example.org/kg?x=1", "https://example.org/kg#", "https://example.org/kg/#"})
    void badBaseIsRejected(String base) {
        assertThrows(RuntimeException.class, () -> new IriScheme(base));
    }

    // ---------------------------------------------------------------- external IRIs

    @Test
    void wikipediaPages() {
        assertEquals("https://zh.wikipedia.org/wiki/脊髓性肌肉萎縮症",
                IriScheme.wikipediaPage("zh", "脊髓性肌肉萎縮症").getURI());
        assertEquals("https://en.wikipedia.org/wiki/Spinal_muscular_atrophy",
                IriScheme.wikipediaPage("en", " Spinal muscular atrophy ").getURI());
        assertEquals("https://en.wikipedia.org/wiki/AC/DC_(band)", IriScheme.wikipediaPage("en", "AC/DC (band)").getURI());
        assertEquals("https://en.wikipedia.org/wiki/Category:Rare_diseases",
                IriScheme.wikipediaPage("en", "Category:Rare diseases").getURI());
        assertEquals("https://en.wikipedia.org/wiki/Who%3F_%231_100%25",
                IriScheme.wikipediaPage("en", "Who? #1 100%").getURI());
        assertEquals("https://en.wikipedia.org/wiki/Sjögren's_syndrome",
                IriScheme.wikipediaPage("en", "Sjögren's syndrome").getURI());
        assertEquals("https://zh.wikipedia.org/w/index.php?oldid=84512345",
                IriScheme.wikipediaRevision("zh", 84512345).getURI());
        assertValid(IriScheme.wikipediaRevision("zh", 84512345));
    }

    @Test
    void commonsFiles() {
        Node img = IriScheme.commonsFile("Polio spinal diagram-en.svg");
        assertEquals("https://commons.wikimedia.org/wiki/Special:FilePath/Polio_spinal_diagram-en.svg", img.getURI());
        assertValid(img);
        Node odd = IriScheme.commonsFile("“A” ?#.png");
        assertValid(odd);
        assertTrue(odd.getURI().endsWith("_%3F%23.png"), odd.getURI());
    }

    @Test
    void doiAndPubmed() {
        Node doi = IriScheme.doi("10.1002/ana.410400219");
        assertEquals("https://doi.org/10.1002/ana.410400219", doi.getURI());
        assertValid(doi);
        Node sici = IriScheme.doi("10.1002/(SICI)1097-4598(199601)19:1<12::AID-MUS2>3.0.CO;2-#");
        assertEquals("https://doi.org/10.1002/(SICI)1097-4598(199601)19:1%3C12::AID-MUS2%3E3.0.CO;2-%23", sici.getURI());
        assertValid(sici);
        Node brackets = IriScheme.doi("10.1000/a[1]b");
        assertEquals("https://doi.org/10.1000/a%5B1%5Db", brackets.getURI(), "'[' and ']' are not allowed in a path");
        assertValid(brackets);
        Node pubmed = IriScheme.pubmed("8067829");
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/8067829", pubmed.getURI());
        assertValid(pubmed);
    }

    // ---------------------------------------------------------------- IRIs from the text

    @ParameterizedTest
    @ValueSource(strings = {"https://www.ncbi.nlm.nih.gov/books/NBK1352/", "http://example.org/a?b=c&d=e",
            "https://example.org/page#section", "https://zh.wikipedia.org/wiki/脊髓性肌肉萎縮症", "http://例子.测试/路径",
            "ftp://ftp.example.org/file.txt", "https://example.org/a%20b", "https://[2001:db8::1]/x"})
    void fromTextAcceptsUrls(String url) {
        Node n = IriScheme.fromText(url);
        assertNotNull(n, url);
        assertEquals(url, n.getURI());
        assertValid(n);
    }

    @Test
    void fromTextStripsSurroundingSpace() {
        assertEquals("https://example.org/x", IriScheme.fromText("  https://example.org/x\n").getURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a url", "www.example.org", "example.org/page", "//example.org/x",
            "/relative/path", "../up", "#fragment", "http://example.org/a b", "http://exa mple.org",
            "http://example.org/<x>", "http://example.org/\"q\"", "http://example.org/%zz", "http://[::1",
            "http://example.org/{x}", "http://example.org/a|b", "http://example.org/a\\b", "http://",
            "https://example.org/\u0000"})
    void fromTextRejectsJunk(String junk) {
        assertNull(IriScheme.fromText(junk), () -> "accepted: " + junk);
    }

    @Test
    void segmentEncodesAllButUnreservedAndLetters() {
        assertEquals("abc-._~123", IriScheme.segment("abc-._~123"));
        assertEquals("%20%2F%3F%23%25%22%3C%3E", IriScheme.segment(" /?#%\"<>"));
        assertEquals("脊髓", IriScheme.segment("脊髓"));
        assertEquals("%F0%9F%98%B7", IriScheme.segment("😷"));
        assertEquals("%E3%80%80", IriScheme.segment("\u3000"));
    }
}
