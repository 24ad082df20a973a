package org.medkg.wikitext;

import java.util.List;

/**
 * A footnote {@code <ref name=… group=…>content</ref>}; {@link #content()} is null for a self-closing
 * {@code <ref name=… />}. Name and group are null when absent.
 */
public record Ref(String name, String group, List<Node> content, Span span) implements Node {

    public boolean isSelfClosing() {
        return content == null;
    }

    @Override
    public List<Node> children() {
        return content == null ? List.of() : content;
    }
}
