package org.medkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing a representation, a page language and the resource a request path names. */
class NegotiationTest {
    private static final List<DocumentFormat> ALL = List.of(DocumentFormat.HTML, DocumentFormat.TURTLE,
            DocumentFormat.JSONLD, DocumentFormat.NTRIPLES, DocumentFormat.RDFXML);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/turtle|TURTLE",
            "application/ld+json|JSONLD",
            "application/n-triples|NTRIPLES",
            "application/rdf+xml|RDFXML",
            "text/html|HTML",
            "*/*|HTML",
            "text/*|HTML",
            "application/*|JSONLD",
            "application/rdf+xml;q=0.9, text/turtle|TURTLE",
            "text/html;q=0.1, application/n-triples;q=0.5|NTRIPLES",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|HTML",
            "garbage;;;=|HTML"})
    void acceptPicksTheBestOffer(String accept, DocumentFormat expected) {
        assertEquals(expected, DocumentFormat.negotiate(accept, ALL));
    }

    @Test
    void nothingAcceptableIsNull() {
        assertNull(DocumentFormat.negotiate("image/png", ALL));
        assertEquals(DocumentFormat.HTML, DocumentFormat.negotiate(null, ALL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|zh-TW,zh;q=0.9|ZH_HANT",
            "-|zh-HK|ZH_HANT",
            "-|zh-Hant-TW|ZH_HANT",
            "-|zh-CN,zh;q=0.9|ZH_HANS",
            "-|zh|ZH_HANS",
            "-|fr-FR,fr;q=0.9,en;q=0.5|EN",
            "-|fr, zh-TW;q=0.4, en;q=0.3|ZH_HANT",
            "-|en;q=0.2, zh-SG;q=0.8|ZH_HANS",
            "-|de|EN",
            "-|-|EN",
            "zh-Hant|en|ZH_HANT",
            "zh-hans|zh-TW|ZH_HANS",
            "klingon|zh-TW|ZH_HANT"})
    void languageComesFromTheSwitchThenAcceptLanguage(String parameter, String acceptLanguage,
                                                        DisplayLanguage expected) {
        assertEquals(expected, DisplayLanguage.choose(parameter, acceptLanguage));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/disease/Spinal_muscular_atrophy|disease/Spinal_muscular_atrophy",
            "/category/zh/%E7%99%8C%E7%97%87|category/zh/癌症",
            "/category/zh/癌症|category/zh/癌症",
            "/disease/Foo_(bar)|disease/Foo_%28bar%29",
            "/disease/Foo_%28bar%29|disease/Foo_%28bar%29",
            "/citation/doi/10.1002%2Fana.1|citation/doi/10.1002%2Fana.1",
            "/citation/doi/10.1002%2fana.1|citation/doi/10.1002%2Fana.1",
            "/code/ICD-10/G12.0|code/ICD-10/G12.0"})
    void requestPathsMapToMintedIris(String path, String local) {
        IriMapping mapping = new IriMapping("https://w3id.org/medkg/");
        assertEquals("https://w3id.org/medkg/" + local, mapping.resourceFor(path).getURI());
    }

    @ParameterizedTest
    @CsvSource({"/disease/%ZZ", "/disease/%C3%28", "/disease/../x", "/disease/%2E%2E", "/disease//x", "relative"})
    void malformedPathsNameNothing(String path) {
        assertNull(new IriMapping("https://w3id.org/medkg/").resourceFor(path));
    }

    @Test
    void localPathsAreAscii() {
        IriMapping mapping = new IriMapping("http://example.org/kg/");
        assertEquals("/category/zh/%E7%99%8C", mapping.localPath(
                org.apache.jena.graph.NodeFactory.createURI("http://example.org/kg/category/zh/癌")));
    }

    @Test
    void htmlEscapesEverythingThatCouldBecomeMarkup() {
        assertEquals("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;", Html.escape("<a href=\"x\" onclick='y'>&"));
        assertEquals("x", new Html().link("javascript:alert(1)", "x").toString());
        assertEquals("x", new Html().link("//evil.example/", "x").toString());
    }

    @Test
    void searchKeysFoldScriptCaseAndWidth() {
        assertEquals(LabelIndex.fold("脊髓性肌肉萎缩症"), LabelIndex.fold("脊髓性肌肉萎縮症"));
        assertEquals("spinal muscular atrophy", LabelIndex.fold("  Ｓpinal_Muscular   ATROPHY "));
    }
}
