package org.medkg.wikitext;

import java.util.List;
import java.util.Map;

/**
 * An extension tag whose content is wikitext, such as {@code <references>…</references>} or
 * {@code <poem>…</poem>}; content is null when the tag is self-closing ({@code <references/>}).
 */
public record ContainerTag(String name, Map<String, String> attributes, List<Node> content, Span span)
        implements Node {

    @Override
    public List<Node> children() {
        return content == null ? List.of() : content;
    }
}
