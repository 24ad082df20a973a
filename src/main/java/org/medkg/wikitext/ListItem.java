package org.medkg.wikitext;

import java.util.List;

/** One list line: its marker ({@code *}, {@code #}, {@code :}, {@code ;}, or a run such as {@code **}) and content. */
public record ListItem(String marker, List<Node> content, Span span) implements Node {

    @Override
    public List<Node> children() {
        return content;
    }
}
