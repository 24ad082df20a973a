package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medkg.wikitext.TreeChecks.all;
import static org.medkg.wikitext.TreeChecks.first;
import static org.medkg.wikitext.TreeChecks.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line-based constructs: headings and the section tree, lists, tables. */
class BlockParsingTest {

    @Test
    void headingsWithLevelTitleAndSpan() {
        WikiDocument doc = parse("lead\n== 病因 ==\ntext\n=== Sub ===<!-- c -->\n==Last==  \n");
        List<Heading> hs = all(doc, Heading.class);
        assertEquals(List.of(2, 3, 2), hs.stream().map(Heading::level).toList());
        assertEquals(new Span(5, 13, 2, 1), hs.get(0).span());
        assertEquals(" 病因 ", PlainText.of(hs.get(0).title()));
        assertEquals(new Span(19, 30, 4, 1), hs.get(1).span());
        assertEquals("Last", PlainText.of(hs.get(2).title()));
    }

    @Test
    void unbalancedAndNonHeadingLines() {
        WikiDocument doc = parse("===a==\n==\n= =\nx == y ==\n=======b=======");
        List<Heading> hs = all(doc, Heading.class);
        assertEquals(3, hs.size());
        assertEquals(2, hs.get(0).level());
        assertEquals("=a", PlainText.of(hs.get(0).title()));
        assertEquals(1, hs.get(1).level());
        assertEquals(6, hs.get(2).level());
        assertEquals("=b=", PlainText.of(hs.get(2).title()));
    }

    @Test
    void sectionTree() {
        WikiDocument doc = parse("lead [[x]]\n== A ==\na\n=== A1 ===\na1\n==== A1a ====\n=== A2 ===\n== B ==\nb");
        List<Section> top = doc.sections();
        assertEquals(List.of("", "A", "B"), top.stream().map(Section::title).toList());
        Section lead = top.get(0);
        assertNull(lead.heading());
        assertEquals(0, lead.level());
        assertEquals("lead x", PlainText.of(lead.body()).trim());
        Section a = top.get(1);
        assertEquals(List.of("A1", "A2"), a.subsections().stream().map(Section::title).toList());
        assertEquals("A1a", a.subsections().get(0).subsections().get(0).title());
        assertTrue(PlainText.of(a.allNodes()).contains("a1"));
        assertEquals("b", PlainText.of(top.get(2).body()).trim());
    }

    @Test
    void headingEndsBeforeAnUnclosedExternalLinkSwallowsTheRest() {
        WikiDocument doc = parse("== [http://x.org a ==\n[[b]]\n== http://y.org/c==\nz");
        List<Heading> hs = all(doc, Heading.class);
        assertEquals(2, hs.size());
        assertEquals(" [http://x.org a ", PlainText.of(hs.get(0).title()));
        assertEquals("http://y.org/c", first(doc, ExternalLink.class).url());
        assertEquals("B", first(doc, WikiLink.class).target());
        assertEquals(3, doc.sections().size());
    }

    @Test
    void lists() {
        WikiDocument doc = parse("* a\n** b [[c]]\n# d\n#: e\n; term : def\n: f\nplain");
        List<ListItem> items = all(doc, ListItem.class);
        assertEquals(List.of("*", "**", "#", "#:", ";", ":"), items.stream().map(ListItem::marker).toList());
        assertEquals(" b c", PlainText.of(items.get(1).content()));
        assertEquals(new Span(4, 14, 2, 1), items.get(1).span());
        assertInstanceOf(Text.class, doc.nodes().get(doc.nodes().size() - 1));
    }

    @Test
    void listItemHoldsATemplateSpanningLines() {
        WikiDocument doc = parse("* {{cite|a\n|b}}\nafter");
        ListItem item = first(doc, ListItem.class);
        assertEquals("Cite", first(doc, Template.class).name());
        assertEquals(2, doc.source(item).split("\n").length);
    }

    @Test
    void tableWithCaptionHeaderRowsAndCells() {
        WikiDocument doc = parse("{| class=\"wikitable\"\n|+ Cap\n! H1 !! H2\n|-\n| a || b\n|-\n| style=\"x\" | c\n|}\nafter");
        Table t = assertInstanceOf(Table.class, doc.nodes().get(0));
        assertEquals(new Span(0, doc.source().indexOf("|}") + 2, 1, 1), t.span());
        assertEquals(3, t.rows().size());
        List<TableCell> first = t.rows().get(0).cells();
        assertEquals(List.of(TableCell.Kind.CAPTION, TableCell.Kind.HEADER, TableCell.Kind.HEADER),
                first.stream().map(TableCell::kind).toList());
        List<TableCell> second = t.rows().get(1).cells();
        assertEquals(List.of(" a ", " b\n"), second.stream().map(c -> PlainText.of(c.content())).toList());
        TableCell styled = t.rows().get(2).cells().get(0);
        assertEquals(" style=\"x\" ", PlainText.of(styled.attributes()));
        assertEquals(" c\n", PlainText.of(styled.content()));
        assertEquals(7, styled.span().line());
        assertEquals("\nafter", PlainText.of(List.of(doc.nodes().get(1))));
        assertTrue(doc.warnings().isEmpty());
    }

    @Test
    void nestedTable() {
        WikiDocument doc = parse("{|\n|\n{|\n| inner\n|}\n| outer\n|}");
        Table outer = assertInstanceOf(Table.class, doc.nodes().get(0));
        assertEquals(1, doc.nodes().size());
        assertEquals(2, all(doc, Table.class).size());
        assertEquals(2, outer.rows().get(0).cells().size());
    }

    @Test
    void unclosedTableEndsAtTheNextHeading() {
        WikiDocument doc = parse("{|\n| a\n== Next ==\ntext [[x]]\n== Last ==\n");
        assertEquals(List.of("", "Next", "Last"), doc.sections().stream().map(Section::title).toList());
        Table t = first(doc, Table.class);
        assertEquals("{|\n| a\n", doc.source(t));
        ParseWarning w = TreeChecks.warning(doc, "table is not closed");
        assertEquals(1, w.line());
        assertEquals(1, w.column());
    }

    @Test
    void tablesOnlyStartAtLineStart() {
        WikiDocument doc = parse("a {| b\n|}");
        assertEquals(0, all(doc, Table.class).size());
    }

    @Test
    void tableInsideATemplateValueDoesNotBreakTheTemplate() {
        WikiDocument doc = parse("{{a|x=\n{|\n| c\n|}\n}}\n== H ==");
        assertEquals("A", first(doc, Template.class).name());
        assertEquals(2, doc.sections().size());
    }
}
