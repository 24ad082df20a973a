package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medkg.wikitext.TreeChecks.template;
import static org.medkg.wikitext.TreeChecks.value;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article examples/zh/spinal-muscular-atrophy.wiki, parsed end to end. */
class SeedArticleTest {
    private static WikiDocument doc;

    @BeforeAll
    static void parseSeed() {
        doc = TreeChecks.parse(TreeChecks.seedText());
    }

    @Test
    void parsesCleanly() {
        assertTrue(doc.warnings().isEmpty(), () -> doc.warnings().toString());
    }

    @Test
    void infoboxHasItsSixteenNamedParameters() {
        Template box = template(doc, "Infobox disease");
        assertEquals(List.of("Name", "Image", "Caption", "Field", "DiseasesDB", "DiseasesDB_mult", "ICD10", "ICD9",
                "ICDO", "OMIM", "OMIM_mult", "MedlinePlus", "eMedicine_mult", "MeshID", "GeneReviewsID",
                "GeneReviewsName"), box.parameters().stream().map(Parameter::key).toList());
        assertTrue(box.parameters().stream().allMatch(Parameter::isNamed));
        assertEquals(2, box.span().line());
        assertEquals(1, box.span().column());
        assertEquals("脊髓性肌肉萎縮症", value(box, "Name"));
        assertEquals("14093", value(box, "DiseasesDB"));
        assertEquals("253300", value(box, "OMIM"));
        assertEquals("", value(box, "ICDO"));
    }

    @Test
    void parametersAfterALineEndingInAPipe() {
        Template box = template(doc, "Infobox disease");
        Parameter mesh = box.parameter("MeshID").orElseThrow();
        Parameter id = box.parameter("GeneReviewsID").orElseThrow();
        Parameter name = box.parameter("GeneReviewsName").orElseThrow();
        assertEquals("D009134", value(box, "MeshID"));
        assertEquals("sma", value(box, "GeneReviewsID"));
        assertEquals("脊髓性肌肉萎縮症", value(box, "GeneReviewsName"));
        assertEquals(16, mesh.span().line());
        assertEquals(16, id.span().line(), "the part starts right after the '|' that ends line 16");
        assertEquals(17, id.value().get(0).span().line());
        assertEquals(18, name.value().get(0).span().line());
        String closing = doc.source().substring(0, box.span().end());
        assertTrue(closing.endsWith("\n}}"));
        assertEquals(19, closing.split("\n", -1).length);
    }

    @Test
    void imageAndCodeTemplatesInTheInfobox() {
        Template box = template(doc, "Infobox disease");
        assertEquals("Polio spinal diagram-en.svg", value(box, "Image"));
        assertEquals("脊髓中受脊髓性肌肉萎縮症影响的神经元的部位", value(box, "Caption"));
        assertEquals("醫學遺傳學", value(box, "Field"));
        List<Node> icd10 = box.parameter("ICD10").orElseThrow().value();
        List<Template> codes = icd10.stream().filter(Template.class::isInstance).map(Template.class::cast).toList();
        assertEquals(2, codes.size());
        assertEquals("ICD10", codes.get(0).name());
        assertEquals(List.of("G", "12", "0", "g", "10"), codes.get(0).parameters().stream()
                .map(p -> PlainText.of(p.value())).toList());
        assertEquals(3, box.parameter("OMIM_mult").orElseThrow().value().stream()
                .filter(n -> n instanceof Template t && t.name().equals("OMIM2")).count());
        List<Node> emedicine = box.parameter("eMedicine_mult").orElseThrow().value();
        assertEquals(3, emedicine.stream().filter(n -> n instanceof Template t && t.name().equals("EMedicine2")).count());
        assertEquals(2, emedicine.stream().filter(n -> n instanceof HtmlTag tag && tag.name().equals("br")).count());
    }

    @Test
    void leadAndFourSections() {
        List<Section> sections = doc.sections();
        assertEquals(List.of("", "病因", "參見", "延伸閱讀", "外部連結"), sections.stream().map(Section::title).toList());
        assertEquals(List.of(23, 26, 30, 36), sections.stream().skip(1).map(s -> s.heading().span().line()).toList());
        assertTrue(sections.stream().allMatch(s -> s.subsections().isEmpty()));
        assertTrue(sections.get(0).body().stream().anyMatch(n -> n instanceof Template t
                && t.name().equals("Infobox disease")));
        assertEquals(2, sections.get(2).body().stream().filter(ListItem.class::isInstance).count());
    }

    @Test
    void leadFirstSentence() {
        String lead = PlainText.of(doc.sections().get(0).body()).strip();
        String first = lead.substring(0, lead.indexOf('。') + 1);
        assertEquals("脊髓性肌肉萎縮症（Spinal muscular atrophy，簡寫為SMA），是一種遺傳性神經疾病。", first);
    }

    @Test
    void textTemplatesRenderInPlainText() {
        Template langEn = template(doc, "Lang-en");
        assertEquals(21, langEn.span().line());
        assertEquals("Spinal muscular atrophy", PlainText.of(List.of(langEn)));
        Template le = template(doc, "Le");
        assertEquals(24, le.span().line());
        assertEquals("SMN1", PlainText.of(List.of(le)));
        assertTrue(PlainText.of(doc.sections().get(1).body()).contains("稱為SMN1，當這種基因"));
    }

    @Test
    void fiveCategories() {
        List<WikiLink> categories = doc.links().filter(WikiLink::isCategory).toList();
        assertEquals(List.of("运动神经元病", "常染色体隐性遗传疾病", "细胞核疾病", "各系统遗传紊乱", "主要影响中枢神经系统的系统性萎缩"),
                categories.stream().map(WikiLink::target).toList());
        assertEquals(List.of(44, 45, 46, 47, 48), categories.stream().map(l -> l.span().line()).toList());
        assertTrue(categories.stream().allMatch(l -> l.span().column() == 1));
        assertEquals(doc.source().length(), categories.get(4).span().end());
    }

    @Test
    void theTwoCitations() {
        Template journal = template(doc, "Cite journal");
        assertEquals(32, journal.span().line());
        assertEquals(3, journal.span().column());
        assertEquals("Molecular basis of phenotypic heterogeneity in siblings with spinal muscular atrophy.",
                value(journal, "title"));
        assertEquals("Annals of Neurology", value(journal, "journal"));
        assertEquals("10.1002/ana.410400219", value(journal, "doi"));
        assertEquals("8773609", value(journal, "pmid"));
        assertEquals("Wang, C", value(journal, "author5"));
        Template web = template(doc, "Cite web");
        assertEquals(33, web.span().line());
        assertEquals("https://www.fda.gov/NewsEvents/Newsroom/PressAnnouncements/ucm534611.htm", value(web, "url"));
        assertEquals("FDA approves first drug for spinal muscular atrophy", value(web, "title"));
        assertEquals("2016-12-23", value(web, "date"));
    }

    @Test
    void externalLinkSection() {
        ExternalLink link = TreeChecks.first(doc, ExternalLink.class, ExternalLink::bracketed);
        assertEquals("http://dx.doi.org/10.1177/0883073807305788", link.url());
        assertEquals("Standards of Care in Spinal Muscular Atrophy", PlainText.of(link.label()));
        assertEquals(39, link.span().line());
        assertInstanceOf(ListItem.class, doc.sections().get(4).body().stream()
                .filter(ListItem.class::isInstance).skip(2).findFirst().orElseThrow());
    }
}
