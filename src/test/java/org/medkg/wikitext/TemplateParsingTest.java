package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medkg.wikitext.TreeChecks.first;
import static org.medkg.wikitext.TreeChecks.parse;
import static org.medkg.wikitext.TreeChecks.value;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates, parser functions and template arguments. */
class TemplateParsingTest {

    @Test
    void templateWithPositionalAndNamedParameters() {
        WikiDocument doc = parse("x {{Cite web|one| url = http://a.org |two|title=T}} y");
        assertEquals(3, doc.nodes().size());
        Template t = assertInstanceOf(Template.class, doc.nodes().get(1));
        assertEquals("Cite web", t.name());
        assertEquals(new Span(2, 51, 1, 3), t.span());
        List<Parameter> ps = t.parameters();
        assertEquals(4, ps.size());
        assertEquals("1", ps.get(0).key());
        assertEquals(1, ps.get(0).position());
        assertFalse(ps.get(0).isNamed());
        assertEquals("url", ps.get(1).name());
        assertEquals(0, ps.get(1).position());
        assertEquals("2", ps.get(2).key());
        assertEquals("title", ps.get(3).key());
        assertEquals("one", value(t, "1"));
        assertEquals("two", value(t, "2"));
        assertEquals("http://a.org", value(t, "url"));
        assertEquals("T", value(t, "title"));
        assertEquals("one", doc.source().substring(ps.get(0).span().start(), ps.get(0).span().end()));
    }

    @Test
    void namesAreNormalised() {
        WikiDocument doc = parse("{{template:infobox_disease}}{{模板:Foo  bar}}{{subst:lc first}}{{ Infobox <!-- c --> disease\n}}");
        assertEquals(List.of("Infobox disease", "Foo bar", "Lc first", "Infobox disease"),
                doc.templates().map(Template::name).toList());
    }

    @Test
    void onlyTheFirstEqualsSignNamesAParameter() {
        Template t = first(parse("{{a|b=c=d|[[x|y=z]]|{{q|r=s}}}}"), Template.class);
        assertEquals("c=d", value(t, "b"));
        assertTrue(t.parameter("1").isPresent(), "the '=' inside a link does not name the parameter");
        assertTrue(t.parameter("2").isPresent(), "the '=' inside a nested template does not name the parameter");
        assertEquals(2, t.parameters().stream().filter(p -> !p.isNamed()).count());
    }

    @Test
    void lastParameterWithAKeyWins() {
        Template t = first(parse("{{a|x|1=y|k=1|k=2}}"), Template.class);
        assertEquals("y", value(t, "1"));
        assertEquals("2", value(t, "k"));
        assertEquals("y", PlainText.of(t.positional(1).orElseThrow()));
    }

    @Test
    void parameterValuesAreNodeListsNestedToAnyDepth() {
        WikiDocument doc = parse("{{a|b={{c|d={{e|[[f|g]]}}}}}}");
        Template a = first(doc, Template.class);
        Template c = assertInstanceOf(Template.class, a.parameter("b").orElseThrow().value().get(0));
        assertEquals("C", c.name());
        Template e = assertInstanceOf(Template.class, c.parameter("d").orElseThrow().value().get(0));
        WikiLink f = assertInstanceOf(WikiLink.class, e.positional(1).orElseThrow().get(0));
        assertEquals("F", f.target());
        assertEquals(3, doc.templates().count());
    }

    @Test
    void multilineInfoboxParameters() {
        Template t = first(parse("{{Infobox\n | A = 1\n | B = [[x]]\n |  C = 3 |\n  D   = 4\n}}"), Template.class);
        assertEquals(List.of("A", "B", "C", "D"), t.parameters().stream().map(Parameter::key).toList());
        assertEquals("4", value(t, "D"));
        Parameter d = t.parameter("D").orElseThrow();
        assertEquals(4, d.span().line(), "the part starts right after the '|' ending line 4");
        assertEquals(5, d.value().get(0).span().line());
    }

    @Test
    void unclosedExternalLinkDoesNotSwallowTheNextParameter() {
        Template t = first(parse("{{cite web|title=[http://x.org Foo|url=http://y.org|date=2016}}"), Template.class);
        assertEquals(List.of("title", "url", "date"), t.parameters().stream().map(Parameter::key).toList());
        assertEquals("[http://x.org Foo", value(t, "title"));
        assertEquals("http://y.org", value(t, "url"));
    }

    @Test
    void parserFunctions() {
        WikiDocument doc = parse("{{#if: {{{1|}}} | yes | no }}{{lc:ABC}}{{#invoke:Foo|bar}}{{DEFAULTSORT:Key}}");
        List<ParserFunction> fs = TreeChecks.all(doc, ParserFunction.class);
        assertEquals(List.of("#if", "lc", "#invoke", "defaultsort"), fs.stream().map(ParserFunction::function).toList());
        ParserFunction ifs = fs.get(0);
        assertEquals(3, ifs.arguments().size());
        assertInstanceOf(TemplateArgument.class, ifs.arguments().get(0).get(1));
        assertEquals(" yes ", PlainText.of(ifs.arguments().get(1)));
        assertEquals("ABC", PlainText.of(fs.get(1).arguments().get(0)));
        assertEquals(0, doc.templates().count());
    }

    @Test
    void magicVariableWithoutColonIsATemplate() {
        assertEquals("PAGENAME", first(parse("{{PAGENAME}}"), Template.class).name());
    }

    @Test
    void templateArguments() {
        WikiDocument doc = parse("{{{1|default}}} {{{name}}}");
        TemplateArgument a = assertInstanceOf(TemplateArgument.class, doc.nodes().get(0));
        assertEquals("1", PlainText.of(a.name()));
        assertEquals("default", PlainText.of(a.defaultValue()));
        assertEquals(new Span(0, 15, 1, 1), a.span());
        TemplateArgument b = assertInstanceOf(TemplateArgument.class, doc.nodes().get(2));
        assertEquals("name", PlainText.of(b.name()));
        assertNull(b.defaultValue());
    }

    @Test
    void braceRunsSplitLikeMediaWiki() {
        WikiDocument four = parse("{{{{a}}}}");
        assertEquals(List.of("Text", "TemplateArgument", "Text"), TreeChecks.topTypes(four));
        WikiDocument five = parse("{{{{{a}}}}}");
        Template t = assertInstanceOf(Template.class, five.nodes().get(0));
        assertInstanceOf(TemplateArgument.class, t.nameNodes().get(0));
    }
}
