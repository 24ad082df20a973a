package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medkg.wikitext.TreeChecks.all;
import static org.medkg.wikitext.TreeChecks.first;
import static org.medkg.wikitext.TreeChecks.parse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Footnotes, HTML tags and entities, comments, opaque tags, formatting, magic words, language variants. */
class InlineParsingTest {

    @Test
    void refsNamedGroupedSelfClosingAndReferences() {
        WikiDocument doc = parse("A<ref name=\"nih\" group=note>x {{cite web|url=u}}</ref> B<ref name=nih/>"
                + "<ref name = 'q' />\n<references/>\n<references group=note></references>");
        List<Ref> refs = all(doc, Ref.class);
        assertEquals(3, refs.size());
        Ref full = refs.get(0);
        assertEquals("nih", full.name());
        assertEquals("note", full.group());
        assertFalse(full.isSelfClosing());
        assertEquals("Cite web", first(doc, Template.class).name());
        assertEquals(new Span(1, 54, 1, 2), full.span());
        assertTrue(refs.get(1).isSelfClosing());
        assertEquals("nih", refs.get(1).name());
        assertNull(refs.get(1).group());
        assertEquals("q", refs.get(2).name());
        List<ContainerTag> lists = all(doc, ContainerTag.class);
        assertEquals(2, lists.size());
        assertEquals("references", lists.get(0).name());
        assertNull(lists.get(0).content());
        assertEquals(Map.of("group", "note"), lists.get(1).attributes());
        assertEquals("A B\n\n", PlainText.of(doc.nodes()));
    }

    @Test
    void refTagNamesAreCaseInsensitive() {
        Ref r = first(parse("a<REF Name=x>b</Ref >c"), Ref.class);
        assertEquals("x", r.name());
        assertEquals("b", PlainText.of(r.content()));
    }

    @Test
    void pipesInsideARefDoNotSplitTheTemplateAroundIt() {
        Template t = first(parse("{{a|b<ref>x|y</ref>|c}}"), Template.class);
        assertEquals(2, t.parameters().size());
        assertEquals("c", PlainText.of(t.positional(2).orElseThrow()));
    }

    @Test
    void htmlTags() {
        WikiDocument doc = parse("a<br />b<BR>c<small class=\"x\">d</small><span>e");
        List<HtmlTag> tags = all(doc, HtmlTag.class);
        assertEquals(List.of("br", "br", "small", "small", "span"), tags.stream().map(HtmlTag::name).toList());
        assertEquals(List.of(HtmlTag.Kind.SELF_CLOSING, HtmlTag.Kind.OPEN, HtmlTag.Kind.OPEN, HtmlTag.Kind.CLOSE,
                HtmlTag.Kind.OPEN), tags.stream().map(HtmlTag::kind).toList());
        assertEquals("x", tags.get(2).attributes().get("class"));
        assertEquals(new Span(1, 7, 1, 2), tags.get(0).span());
        assertEquals("a\nb\ncde", PlainText.of(doc.nodes()));
    }

    @Test
    void unknownTagsAreText() {
        WikiDocument doc = parse("a <foo> b < c");
        assertEquals(List.of("Text"), TreeChecks.topTypes(doc));
    }

    @Test
    void entities() {
        WikiDocument doc = parse("a&amp;b&nbsp;c&#x4E2D;&#25991;&bogus;&amp");
        List<Entity> es = all(doc, Entity.class);
        assertEquals(List.of("&", "\u00A0", "中", "文"), es.stream().map(Entity::value).toList());
        assertEquals("&amp;", es.get(0).raw());
        assertEquals(new Span(1, 6, 1, 2), es.get(0).span());
        assertEquals("a&b\u00A0c中文&bogus;&amp", PlainText.of(doc.nodes()));
    }

    @Test
    void comments() {
        WikiDocument doc = parse("a<!-- note\n[[x]] -->b");
        Comment c = assertInstanceOf(Comment.class, doc.nodes().get(1));
        assertEquals(" note\n[[x]] ", c.text());
        assertEquals(new Span(1, 20, 1, 2), c.span());
        assertEquals(0, doc.links().count());
        assertEquals("ab", PlainText.of(doc.nodes()));
    }

    @Test
    void opaqueTagsKeepTheirContentVerbatim() {
        WikiDocument doc = parse("<nowiki>[[x]] {{y}}</nowiki><pre>a}}b</pre><math>\\frac{1}{2}</math>"
                + "<gallery mode=packed>\nA.jpg|[[c]]\n</gallery><nowiki/>");
        List<Opaque> os = all(doc, Opaque.class);
        assertEquals(List.of("nowiki", "pre", "math", "gallery", "nowiki"), os.stream().map(Opaque::tag).toList());
        assertEquals("[[x]] {{y}}", os.get(0).content());
        assertEquals("a}}b", os.get(1).content());
        assertEquals("packed", os.get(3).attributes().get("mode"));
        assertEquals("", os.get(4).content());
        assertEquals(0, doc.links().count());
        assertEquals(0, doc.templates().count());
        assertTrue(doc.warnings().isEmpty(), () -> doc.warnings().toString());
        assertEquals("[[x]] {{y}}a}}b\\frac{1}{2}", PlainText.of(doc.nodes()));
    }

    @Test
    void boldAndItalicMarks() {
        WikiDocument doc = parse("'''脊髓性肌肉萎縮症''' and ''it'' and '''''both''''' and ''''four''''");
        List<Formatting> fs = all(doc, Formatting.class);
        assertEquals(List.of(3, 3, 2, 2, 5, 5, 3, 3), fs.stream().map(Formatting::apostrophes).toList());
        assertTrue(fs.get(0).bold());
        assertFalse(fs.get(2).bold());
        assertEquals(new Span(0, 3, 1, 1), fs.get(0).span());
        assertEquals("脊髓性肌肉萎縮症 and it and both and 'four'", PlainText.of(doc.nodes()));
    }

    @Test
    void magicWordsAndRedirect() {
        WikiDocument doc = parse("__NOTOC__\ntext __TOC__ __NOTAWORD__");
        assertEquals(List.of("NOTOC", "TOC"), all(doc, MagicWord.class).stream().map(MagicWord::word).toList());
        assertEquals(new Span(0, 9, 1, 1), doc.nodes().get(0).span());
        MagicWord r = first(parse("#REDIRECT [[Target]]"), MagicWord.class);
        assertEquals("REDIRECT", r.word());
        assertEquals("REDIRECT", first(parse("#重定向 [[目标]]"), MagicWord.class).word());
    }

    @Test
    void languageVariants() {
        WikiDocument doc = parse("-{zh-hans:运动神经元;zh-hant:運動神經元}- -{SMA}- -{H|zh-cn:软件; zh-tw:軟體;}-");
        List<LanguageVariant> vs = all(doc, LanguageVariant.class);
        assertEquals(3, vs.size());
        LanguageVariant v = vs.get(0);
        assertEquals(List.of("zh-hans", "zh-hant"), List.copyOf(v.variants().keySet()));
        assertEquals("運動神經元", PlainText.of(v.variants().get("zh-hant")));
        assertEquals(new Span(0, 31, 1, 1), v.span());
        assertTrue(vs.get(1).variants().isEmpty());
        assertEquals("H", vs.get(2).flags());
        assertEquals(List.of("zh-cn", "zh-tw"), List.copyOf(vs.get(2).variants().keySet()));
        assertEquals("运动神经元 SMA 软件", PlainText.of(doc.nodes()));
        assertEquals("運動神經元 SMA 軟體", PlainText.of(doc.nodes(), List.of("zh-hant", "zh-tw")));
    }

    @Test
    void variantClosingAfterANestedTemplate() {
        WikiDocument doc = parse("-{zh-hans:{{a}}}- x");
        LanguageVariant v = assertInstanceOf(LanguageVariant.class, doc.nodes().get(0));
        assertEquals("A", first(doc, Template.class).name());
        assertEquals("-{zh-hans:{{a}}}-", doc.source(v));
        assertTrue(doc.warnings().isEmpty());
    }

    @Test
    void adjacentVariantsDoNotShareTheirDash() {
        WikiDocument doc = parse("-{a}-{b}- -{c}--{d}-");
        assertEquals(List.of("a", "c", "d"), all(doc, LanguageVariant.class).stream()
                .map(v -> PlainText.of(v.content())).toList());
    }
}
