package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain-text view: labels for links, markup dropped, text templates rendered from text-templates.tsv. */
class PlainTextTest {

    private static String plain(String wikitext) {
        return PlainText.of(TreeChecks.parse(wikitext).nodes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', quoteCharacter = '"', value = {
        "{{lang-en|Spinal muscular atrophy}}\tSpinal muscular atrophy",
        "{{Lang-en|Spinal muscular atrophy|catIdx=S}}\tSpinal muscular atrophy",
        "{{lang|en|Motor neuron}}\tMotor neuron",
        "{{le|運動神經元|Motor neuron}}\t運動神經元",
        "{{le|運動神經元|Motor neuron|運動神經}}\t運動神經",
        "{{nowrap|10 mg}}\t10 mg",
        "{{nowrap|[[a|b]] c}}\tb c",
        "1{{ndash}}2\t1–2",
        "{{cite web|title=T}}\t\"\"",
        "{{Infobox disease|Name=X}}\t\"\"",
        "{{lang-en|{{nowrap|{{lang|fr|x}}}}}}\tx",
    })
    void textTemplates(String wikitext, String expected) {
        assertEquals(expected, plain(wikitext));
    }

    @Test
    void markupIsDropped() {
        assertEquals("bold and italic, link text, a & b.",
                plain("'''bold''' and ''italic'', [[Target|link text]], a &amp; b.<ref>note</ref><!-- c -->"
                        + "[[Category:X]][[File:Y.png|thumb|cap]][[en:Z]]__NOTOC__<references/>"));
    }

    @Test
    void linkTargetsShowWithoutNamespaceColonOrPadding() {
        assertEquals("a|Category:B|c", plain("[[ a ]]|[[:Category:B]]|[[c|  ]]"));
    }

    @Test
    void nestedLinkLabels() {
        assertEquals("x", plain("[[a|[[b|[[c|x]]]]]]"));
        assertEquals("C", plain("[[a|[[b|[[C| ]]]]]]"));
    }

    @Test
    void languageVariantsFollowThePreference() {
        String text = "-{zh-hans:脊髓;zh-hant:脊髓 (繁)}-";
        List<Node> nodes = TreeChecks.parse(text).nodes();
        assertEquals("脊髓", PlainText.of(nodes));
        assertEquals("脊髓 (繁)", PlainText.of(nodes, List.of("zh-tw", "zh-hant")));
        assertEquals("脊髓", PlainText.of(nodes, List.of("ja")));
    }

    @Test
    void blocksBecomeLines() {
        assertEquals("Title\n\na\n\nb\n\n", plain("== Title ==\n* a\n* b\n").replace(" ", ""));
        assertEquals("x y", PlainText.line(TreeChecks.parse("  x\n\n  y  ").nodes()));
        assertEquals("a b", PlainText.collapse("\u3000a\u00A0\n b "));
    }

    @Test
    void opaqueTextTagsKeepTheirContent() {
        assertEquals("[[x]] E=mc^2", plain("<nowiki>[[x]]</nowiki> <math>E=mc^2</math><gallery>\nA.jpg\n</gallery>"));
    }
}
