package org.medkg.source.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medkg.source.Article;
import org.medkg.source.InputProblem;
import org.medkg.source.TextDecoder;

/** Reading plain XML dumps: pages, metadata, namespaces, redirects, escaping, broken XML. */
class DumpSourceTest {

    @Test
    void zhSchema010() {
        Dumps.Read r = Dumps.read(Dumps.ZH);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("囊狀纖維化", "肺囊性纖維化", "林醫師", "測試頁"), r.titles());
        assertEquals(6, r.stats().pages());
        assertEquals(4, r.stats().articles());
        assertEquals(1, r.stats().redirects());
        assertEquals(2, r.stats().otherNamespaces());

        Article cf = r.article("囊狀纖維化");
        assertEquals("囊狀纖維化", cf.name());
        assertEquals("zh", cf.language());
        assertEquals(1001L, cf.pageId());
        assertEquals(50001L, cf.revisionId());
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"), cf.timestamp());
        assertNull(cf.origin());
        assertNull(cf.redirectTarget());
        assertFalse(cf.isRedirect());
        String wiki = TextDecoder.normalize(Dumps.text(Path.of("src/test/resources/articles/zh/cystic_fibrosis_hant.wiki")));
        assertEquals(wiki, cf.text(), "the wikitext comes back exactly, entities decoded");
    }

    @Test
    void redirectsArePassedOnMarked() {
        Article redirect = Dumps.read(Dumps.ZH).article("肺囊性纖維化");
        assertTrue(redirect.isRedirect());
        assertEquals("囊狀纖維化", redirect.redirectTarget());
        assertEquals("#重定向 [[囊狀纖維化]]\n", redirect.text());
        assertEquals(1002L, redirect.pageId());
    }

    @Test
    void escapedWikitextAndCdataComeBackAsWritten() {
        String text = Dumps.read(Dumps.ZH).article("測試頁").text();
        assertTrue(text.contains("<ref>{{cite web|url=https://example.org/a?b=1&c=2|title=A & B}}</ref>"), text);
        assertTrue(text.contains("<![CDATA[ 不是 CDATA ]]>"), text);
        assertTrue(text.contains("&nbsp; 和 &lt;br&gt;"), text);
        assertTrue(text.endsWith("{{Reflist}}\n<ref name=\"cd\">在 CDATA 中</ref>"), text);
    }

    @Test
    void enSchema011() {
        Dumps.Read r = Dumps.read(Dumps.EN);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("Huntington's disease", "Huntington disease", "Lakeside (fictional town)",
                "Phenylketonuria"), r.titles());
        assertEquals(1, r.stats().otherNamespaces());
        assertTrue(r.articles().stream().allMatch(a -> "en".equals(a.language())));
        Article redirect = r.article("Huntington disease");
        assertEquals("Huntington's disease", redirect.redirectTarget());
        assertEquals(60005L, r.article("Phenylketonuria").revisionId());
    }

    @Test
    void brokenPagesAreReportedAndReadingGoesOn() {
        Dumps.Read r = Dumps.read(Dumps.MALFORMED);
        assertEquals(List.of("Alpha", "Gamma", "Delta"), r.titles());
        assertEquals(5, r.stats().pages());
        assertEquals(2, r.stats().broken());
        assertEquals(2, r.fatal().size(), () -> r.problems().toString());

        List<String> lines = Dumps.text(Dumps.MALFORMED).lines().toList();
        InputProblem mismatch = r.fatal().get(0);
        assertEquals(Dumps.MALFORMED.toString(), mismatch.input());
        assertTrue(mismatch.message().contains("\"Broken page\" (id 3002)"), mismatch.message());
        assertTrue(mismatch.message().contains("</txt>") || mismatch.message().contains("txt"), mismatch.message());
        assertEquals(lineOf(lines, "</txt>"), mismatch.line(), mismatch::toString);
        assertTrue(mismatch.column() > 1 && mismatch.column() <= lines.get(mismatch.line() - 1).length() + 1,
                mismatch::toString);

        InputProblem unclosed = r.fatal().get(1);
        assertTrue(unclosed.message().contains("\"Unclosed\" (id 3004)"), unclosed.message());
        assertTrue(unclosed.message().contains("no </page>"), unclosed.message());
        // broken wikitext with good XML is passed on as it is
        assertTrue(r.article("Gamma").text().contains("[[unclosed wikitext {{ but fine XML &lt;ref&gt;"));
    }

    @Test
    void aDumpCutShortGivesThePagesBeforeTheCut() {
        String xml = Dumps.text(Dumps.EN);
        int cut = xml.indexOf("Lakeside (fictional town)") + 200;
        Dumps.Read r = Dumps.read(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8), "cut.xml");
        assertEquals(List.of("Huntington's disease", "Huntington disease"), r.titles());
        assertEquals(1, r.fatal().size(), () -> r.problems().toString());
        assertTrue(r.fatal().get(0).message().contains("\"Lakeside (fictional town)\" (id 2004)"));
        assertTrue(r.problems().stream().anyMatch(p -> !p.fatal() && p.message().contains("</mediawiki>")));
    }

    @Test
    void notADumpIsReportedOnce() {
        Dumps.Read r = Dumps.read("<?xml version=\"1.0\"?>\n<html><body>hi</body></html>\n"
                .getBytes(StandardCharsets.UTF_8), "page.xml");
        assertEquals(List.of(), r.articles());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).fatal());
        assertTrue(r.problems().get(0).message().contains("not a MediaWiki XML export"));

        Dumps.Read text = Dumps.read("<?xml version=\"1.0\"?>\nplain text, no element"
                .getBytes(StandardCharsets.UTF_8), "text.xml");
        assertEquals(List.of(), text.articles());
        assertEquals(1, text.fatal().size(), () -> text.problems().toString());
    }

    @Test
    void aBrokenSiteinfoIsReportedAndThePagesAreStillRead() {
        String xml = "<?xml version=\"1.0\"?>\n<mediawiki xml:lang=\"zh\"><siteinfo><dbname>zhwiki</dbname>"
                + "<base>x</bas></siteinfo>\n"
                + "<page><title>甲</title><ns>0</ns><id>1</id><revision><text>甲文</text></revision></page>\n"
                + "</mediawiki>\n";
        Dumps.Read r = Dumps.read(xml.getBytes(StandardCharsets.UTF_8), "siteinfo.xml");
        assertEquals(List.of("甲"), r.titles());
        assertEquals("zh", r.article("甲").language());
        assertEquals(List.of(), r.fatal());
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().startsWith("malformed XML in the header"));
    }

    @Test
    void pageMarkupInCommentsAndCdataDoesNotCutPages() {
        String xml = Dumps.EN_HEADER + "  <!-- <page><title>Not a page</title></page> -->\n"
                + "  <page><title>One</title><ns>0</ns><id>1</id><revision><text><![CDATA[a </page><page> b]]>"
                + " and <!-- </page> --> c</text></revision></page>\n"
                + "  <page><title>Two</title><ns>0</ns><id>2</id><revision><text>two</text></revision></page>\n"
                + Dumps.FOOTER;
        Dumps.Read r = Dumps.read(xml.getBytes(StandardCharsets.UTF_8), "cdata.xml");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("One", "Two"), r.titles());
        assertEquals("a </page><page> b and  c", r.article("One").text());
    }

    @Test
    void aRedirectTargetSurvivesWithDefaults() {
        Article a = new Article("T", "#REDIRECT [[U]]", "T", null, 1L, 2L, null, null, "U");
        Article d = a.withDefaults("Other", "en");
        assertEquals("U", d.redirectTarget());
        assertEquals("en", d.language());
        assertEquals("T", d.title());
        assertNull(new Article("n", "t", null, null, null, null, null, null).redirectTarget());
    }

    @Test
    void languageFromBaseWhenNoDbname() {
        String xml = "<mediawiki version=\"0.10\" xml:lang=\"en\"><siteinfo>"
                + "<base>https://zh.wikipedia.org/wiki/Wikipedia:首页</base></siteinfo>"
                + "<page><title>X</title><ns>0</ns><id>1</id><revision><id>2</id>"
                + "<timestamp>2024-01-01T00:00:00Z</timestamp><text>x</text></revision></page></mediawiki>";
        Dumps.Read r = Dumps.read(xml.getBytes(StandardCharsets.UTF_8), "one-line.xml");
        assertEquals(List.of(), r.problems());
        assertEquals("zh", r.article("X").language());

        String noSite = xml.replaceAll("<siteinfo>.*</siteinfo>", "");
        assertEquals("en", Dumps.read(noSite.getBytes(StandardCharsets.UTF_8), "x.xml").article("X").language());
    }

    @Test
    void namespaceFromTitleWhenNoNsElement() {
        String xml = "<mediawiki version=\"0.5\" xml:lang=\"en\"><siteinfo><dbname>enwiki</dbname><namespaces>"
                + "<namespace key=\"0\"/><namespace key=\"10\">Template</namespace></namespaces></siteinfo>"
                + "<page><title>Template:Box</title><id>1</id><revision><text>{{{1}}}</text></revision></page>"
                + "<page><title>Box: a story</title><id>2</id><revision><text>x</text></revision></page>"
                + "</mediawiki>";
        Dumps.Read r = Dumps.read(xml.getBytes(StandardCharsets.UTF_8), "old.xml");
        assertEquals(List.of("Box: a story"), r.titles());
        assertEquals(1, r.stats().otherNamespaces());
    }

    @Test
    void manyEscapesInOnePageAreNotAnEntityBomb() {
        String body = "&lt;ref&gt;x&lt;/ref&gt; &amp; ".repeat(100_000);
        String xml = Dumps.EN_HEADER + "<page><title>Refs</title><ns>0</ns><id>1</id><revision><text>" + body
                + "</text></revision></page>" + Dumps.FOOTER;
        Dumps.Read r = Dumps.read(xml.getBytes(StandardCharsets.UTF_8), "refs.xml");
        assertEquals(List.of(), r.problems());
        assertTrue(r.article("Refs").text().startsWith("<ref>x</ref> & <ref>"));
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }
}
