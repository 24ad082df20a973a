package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * An internal link {@code [[namespace:target#fragment|label]]}. {@link #namespace()} is the canonical English
 * name ("Category", "File", "Template", …) or empty for articles; {@link #interwiki()} is the language or
 * wiki prefix of an interlanguage link ("en"), else empty. {@link #target()} is the page title without
 * namespace or fragment. For file links every {@code |} part is an option and the caption is the last one.
 */
public record WikiLink(String target, String namespace, String interwiki, String fragment, boolean leadingColon,
                       List<Node> targetNodes, List<List<Node>> parts, Span span) implements Node {

    public boolean isCategory() {
        return "Category".equals(namespace) && !leadingColon && interwiki.isEmpty();
    }

    public boolean isFile() {
        return "File".equals(namespace) && !leadingColon && interwiki.isEmpty();
    }

    public boolean isInterlanguage() {
        return !interwiki.isEmpty() && !leadingColon;
    }

    /** The text the link shows: its label (for a file, the caption), or null when it has none. */
    public List<Node> label() {
        return parts.isEmpty() ? null : parts.get(parts.size() - 1);
    }

    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>(targetNodes);
        parts.forEach(all::addAll);
        return all;
    }
}
