package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/** A parser function such as {@code {{#if:a|b|c}}} or {@code {{lc:X}}}; {@link #function()} is "#if" or "lc". */
public record ParserFunction(String function, List<List<Node>> arguments, Span span) implements Node {

    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>();
        arguments.forEach(all::addAll);
        return all;
    }
}
