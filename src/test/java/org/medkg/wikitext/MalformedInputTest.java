package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medkg.wikitext.TreeChecks.all;
import static org.medkg.wikitext.TreeChecks.first;
import static org.medkg.wikitext.TreeChecks.parse;
import static org.medkg.wikitext.TreeChecks.warning;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken markup: every case yields a tree that tiles the input (checked by {@link TreeChecks#parse}) and,
 * where the parser reports it, a warning at the right line and column.
 */
class MalformedInputTest {

    @Test
    void unclosedTemplateStaysTextButWhatIsInsideStillParses() {
        WikiDocument doc = parse("x {{a|b\n[[c]] d");
        assertEquals(0, doc.templates().count());
        assertEquals("C", first(doc, WikiLink.class).target());
        ParseWarning w = warning(doc, "unclosed '{{'");
        assertEquals(2, w.offset());
        assertEquals(1, w.line());
        assertEquals(3, w.column());
    }

    @Test
    void unclosedLink() {
        WikiDocument doc = parse("a\nb [[c|d {{e}}");
        assertEquals(0, doc.links().count());
        assertEquals("E", first(doc, Template.class).name());
        ParseWarning w = warning(doc, "unclosed '[['");
        assertEquals(2, w.line());
        assertEquals(3, w.column());
    }

    @Test
    void unclosedRef() {
        WikiDocument doc = parse("a<ref>b [[c]]\n\nd");
        assertEquals(0, all(doc, Ref.class).size());
        assertEquals(1, doc.links().count());
        assertEquals(2, warning(doc, "<ref> has no </ref>").column());
    }

    @Test
    void refWithoutItsClosingBracket() {
        WikiDocument doc = parse("text<ref name=x/\n\nmore [[y]]");
        assertEquals(0, all(doc, Ref.class).size());
        assertEquals("Y", first(doc, WikiLink.class).target());
        ParseWarning w = warning(doc, "unterminated <ref");
        assertEquals(1, w.line());
        assertEquals(5, w.column());
    }

    @Test
    void strayClosers() {
        WikiDocument doc = parse("{{a}}\n}} b ]] c");
        assertEquals(1, doc.templates().count());
        ParseWarning braces = warning(doc, "stray '}}'");
        assertEquals(2, braces.line());
        assertEquals(1, braces.column());
        ParseWarning brackets = warning(doc, "stray ']]'");
        assertEquals(2, brackets.line());
        assertEquals(6, brackets.column());
        assertTrue(PlainText.of(doc.nodes()).endsWith("}} b ]] c"));
    }

    @Test
    void extraClosingBracesAfterATemplate() {
        WikiDocument doc = parse("{{a|b}}}}");
        assertEquals(List.of("Template", "Text"), TreeChecks.topTypes(doc));
        assertEquals(7, warning(doc, "stray").offset());
    }

    @Test
    void unclosedCommentRunsToTheEnd() {
        WikiDocument doc = parse("x\n<!-- never closed [[a]]");
        Comment c = assertInstanceOf(Comment.class, doc.nodes().get(1));
        assertEquals(doc.source().length(), c.span().end());
        assertEquals(0, doc.links().count());
        assertEquals(2, warning(doc, "unclosed comment").line());
    }

    @Test
    void unclosedTableIsClosedAtTheEnd() {
        WikiDocument doc = parse("{|\n|a\n|-\n|b");
        Table t = assertInstanceOf(Table.class, doc.nodes().get(0));
        assertEquals(2, t.rows().size());
        assertEquals(doc.source().length(), t.span().end());
        assertEquals(1, warning(doc, "table is not closed").line());
    }

    @Test
    void strayTableMarkersAreText() {
        WikiDocument doc = parse("|}\n|-\n! x\n| y");
        assertEquals(0, all(doc, Table.class).size());
        assertEquals(0, all(doc, TableCell.class).size());
    }

    @Test
    void crlfLineEnds() {
        String text = "{{a|\r\nb=1\r\n}}\r\n== H ==\r\n* i\r\n{|\r\n| c\r\n|}\r\nend";
        WikiDocument doc = parse(text);
        assertEquals("1", TreeChecks.value(first(doc, Template.class), "b"));
        Heading h = first(doc, Heading.class);
        assertEquals(4, h.span().line());
        assertEquals(" H ", PlainText.of(h.title()));
        ListItem item = first(doc, ListItem.class);
        assertEquals("* i", doc.source(item));
        assertEquals(1, all(doc, Table.class).size());
        assertTrue(doc.warnings().isEmpty(), () -> doc.warnings().toString());
        assertEquals(2, doc.sections().size());
    }

    @Test
    void byteOrderMarkDoesNotHideLineStartSyntax() {
        WikiDocument doc = parse("\uFEFF== H ==\n* a");
        assertEquals("\uFEFF", doc.source(doc.nodes().get(0)));
        Heading h = assertInstanceOf(Heading.class, doc.nodes().get(1));
        assertEquals(1, h.span().line());
        assertEquals(2, h.span().column());
        assertEquals(1, all(doc, ListItem.class).size());
        assertFalse(PlainText.of(doc.nodes()).contains("\uFEFF"));
        WikiDocument table = parse("\uFEFF{|\n|x\n|}");
        assertEquals(1, all(table, Table.class).size());
    }

    @Test
    void nulBytesAndReplacementCharacters() {
        WikiDocument doc = parse("a\0b {{c|\0=d}} [[e\0]] \uFFFD{{f\uFFFD}}");
        assertEquals(List.of("C", "F\uFFFD"), doc.templates().map(Template::name).toList());
        assertEquals(1, doc.links().count());
        assertTrue(PlainText.of(doc.nodes()).startsWith("a\0b"));
    }

    @Test
    void loneSurrogates() {
        parse("\uD800{{a|\uDC00}}[[\uD83D]]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "}", "[", "]", "{{", "}}", "[[", "]]", "{{{", "}}}", "-{", "}-", "<", ">",
        "<ref", "<ref>", "</ref>", "<ref/>", "<!--", "-->", "{|", "|}", "|-", "|", "=", "==", "===", "'''", "&",
        "&#", "&#x;", "&#0;", "&#99999999999;", "http://", "[http://", "__", "____", "#REDIRECT", "*", ";:",
        "\n", "\r", "\r\n", "\0", "\uFEFF", "<nowiki>", "</nowiki>", "<pre", "<references>", "[[File:|]]",
        "{{#if:}}", "{{:}}", "[[:]]", "[[#]]", "-{|}-", "-{;}-", "-{a:}-", "{{{|}}}", "<ref name=>x</ref>",
        "== [[a ==\n]]", "{{a|\n== b ==\n}}", "[[a|\n{|\n|}\n]]", "<ref>\n{|\n|x</ref>\n|}", "'''''''''"})
    void smallBrokenInputsNeverThrow(String text) {
        parse(text);
        parse(text + text + "x" + text);
        parse("a " + text + "\n" + text);
    }
}
