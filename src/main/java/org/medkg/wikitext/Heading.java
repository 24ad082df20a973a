package org.medkg.wikitext;

import java.util.List;

/** A section heading {@code == title ==} of level 1 to 6. */
public record Heading(int level, List<Node> title, Span span) implements Node {

    @Override
    public List<Node> children() {
        return title;
    }
}
