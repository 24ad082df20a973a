package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medkg.wikitext.TreeChecks.first;
import static org.medkg.wikitext.TreeChecks.parse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Wiki links (namespaces in English and Chinese, interlanguage prefixes) and external links. */
class LinkParsingTest {

    @Test
    void articleLinkWithFragmentAndLabel() {
        WikiDocument doc = parse("see [[spinal_cord#Structure|the cord]].");
        WikiLink l = assertInstanceOf(WikiLink.class, doc.nodes().get(1));
        assertEquals("Spinal cord", l.target());
        assertEquals("", l.namespace());
        assertEquals("Structure", l.fragment());
        assertEquals("the cord", PlainText.of(l.label()));
        assertEquals(new Span(4, 38, 1, 5), l.span());
        assertEquals("see the cord.", PlainText.of(doc.nodes()));
    }

    @Test
    void linkWithoutLabel() {
        WikiLink l = first(parse("[[脊髓]]"), WikiLink.class);
        assertEquals("脊髓", l.target());
        assertNull(l.label());
        assertEquals("脊髓", PlainText.of(List.of(l)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "[[Category:Rare diseases]]; Category; Rare diseases",
        "[[category:rare diseases|sort]]; Category; Rare diseases",
        "[[分类:罕见病]]; Category; 罕见病",
        "[[分類:罕見病]]; Category; 罕見病",
        "[[File:X.png|thumb]]; File; X.png",
        "[[Image:X.png]]; File; X.png",
        "[[文件:X.png]]; File; X.png",
        "[[檔案:X.png]]; File; X.png",
        "[[图像:X.png]]; File; X.png",
        "[[Template:Infobox disease]]; Template; Infobox disease",
        "[[模板:Infobox disease]]; Template; Infobox disease",
    })
    void namespaces(String text, String namespace, String target) {
        WikiLink l = first(parse(text), WikiLink.class);
        assertEquals(namespace, l.namespace());
        assertEquals(target, l.target());
        assertEquals("Category".equals(namespace), l.isCategory());
        assertEquals("File".equals(namespace), l.isFile());
    }

    @Test
    void interlanguageLinks() {
        WikiDocument doc = parse("[[en:Spinal muscular atrophy]][[zh-yue:X]][[:en:Y]][[Foo:Bar]]");
        List<WikiLink> ls = doc.links().toList();
        assertEquals("en", ls.get(0).interwiki());
        assertEquals("Spinal muscular atrophy", ls.get(0).target());
        assertTrue(ls.get(0).isInterlanguage());
        assertEquals("zh-yue", ls.get(1).interwiki());
        assertFalse(ls.get(2).isInterlanguage(), "a leading colon makes an inline link");
        assertEquals("", ls.get(3).interwiki());
        assertEquals("Foo:Bar", ls.get(3).target());
    }

    @Test
    void leadingColonLinksToACategoryWithoutCategorising() {
        WikiLink l = first(parse("[[:Category:Rare diseases]]"), WikiLink.class);
        assertEquals("Category", l.namespace());
        assertTrue(l.leadingColon());
        assertFalse(l.isCategory());
        assertEquals("Category:Rare diseases", PlainText.of(List.of(l)));
    }

    @Test
    void fileLinkOptionsAndCaption() {
        WikiLink l = first(parse("[[File:Polio.svg|thumb|200px|The [[spinal cord]]]]"), WikiLink.class);
        assertTrue(l.isFile());
        assertEquals(3, l.parts().size());
        assertEquals("thumb", PlainText.of(l.parts().get(0)));
        assertEquals("The spinal cord", PlainText.of(l.label()));
        assertEquals("", PlainText.of(List.of(l)), "files do not show in plain text");
    }

    @Test
    void pipeTrickAndBlankLabelFallBackToTheTarget() {
        assertEquals("a b", PlainText.of(parse("[[a|]] [[ b |  ]]").nodes()));
    }

    @Test
    void bracketedExternalLinks() {
        WikiDocument doc = parse("[http://a.org/x?y=1 A ''label''] [https://b.org] [//c.org C]");
        List<ExternalLink> ls = TreeChecks.all(doc, ExternalLink.class);
        assertEquals(List.of("http://a.org/x?y=1", "https://b.org", "//c.org"), ls.stream().map(ExternalLink::url).toList());
        assertTrue(ls.get(0).bracketed());
        assertEquals(new Span(0, 32, 1, 1), ls.get(0).span());
        assertEquals("A label C", PlainText.of(doc.nodes()).replace("  ", " "));
    }

    @Test
    void bareUrlsDropTrailingPunctuation() {
        WikiDocument doc = parse("See http://a.org/x. And (https://b.org/y), or https://en.wikipedia.org/wiki/A_(b).");
        List<ExternalLink> ls = TreeChecks.all(doc, ExternalLink.class);
        assertEquals(List.of("http://a.org/x", "https://b.org/y", "https://en.wikipedia.org/wiki/A_(b)"),
                ls.stream().map(ExternalLink::url).toList());
        assertFalse(ls.get(0).bracketed());
        assertEquals(1, ls.get(0).span().line());
        assertEquals(5, ls.get(0).span().column());
    }

    @Test
    void externalLinkLabelStopsAtTheLineEnd() {
        WikiDocument doc = parse("[http://a.org label\n[[b]]");
        assertEquals(0, TreeChecks.all(doc, ExternalLink.class).size());
        assertEquals("B", first(doc, WikiLink.class).target());
    }

    @Test
    void linksInsideTemplatesAreFound() {
        WikiDocument doc = parse("{{a|b=[[c]]|[[d|e]]}}");
        assertEquals(List.of("C", "D"), doc.links().map(WikiLink::target).toList());
    }
}
