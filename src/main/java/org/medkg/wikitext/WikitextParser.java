package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses MediaWiki markup into a {@link WikiDocument}. It never throws on any text: what does not form
 * valid markup stays as text and is reported as a {@link ParseWarning}. Time is linear in the input and
 * the stack depth does not grow with the nesting depth of the markup.
 *
 * <pre>{@code
 * WikiDocument doc = WikitextParser.parse(text);
 * doc.templates().filter(t -> t.name().equals("Infobox disease")) …
 * }</pre>
 */
public final class WikitextParser {

    private WikitextParser() {
    }

    public static WikiDocument parse(String text) {
        List<ParseWarning> warnings = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        Delimiters delimiters = new DelimiterMatcher(text, lines, warnings).match();
        List<Node> nodes = new TreeBuilder(text, lines, delimiters, warnings).build();
        warnings.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return new WikiDocument(text, nodes, warnings);
    }
}
