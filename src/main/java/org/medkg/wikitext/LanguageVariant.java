package org.medkg.wikitext;

import java.util.List;
import java.util.Map;

/**
 * Language-variant markup {@code -{zh-hans:…;zh-hant:…}-} or {@code -{text}-}. {@link #variants()} maps a
 * variant code ("zh-hans", "zh-tw", …, lower case) to its text, in source order; it is empty for plain
 * {@code -{text}-}, whose text is {@link #content()} unconverted. {@link #flags()} is the part before a
 * leading {@code |}, or empty.
 */
public record LanguageVariant(String flags, Map<String, List<Node>> variants, List<Node> content, Span span)
        implements Node {

    @Override
    public List<Node> children() {
        return content;
    }
}
