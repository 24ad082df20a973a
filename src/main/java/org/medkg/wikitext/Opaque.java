package org.medkg.wikitext;

import java.util.Map;

/** A tag whose content is not wikitext and is kept verbatim: nowiki, pre, math, gallery, syntaxhighlight… */
public record Opaque(String tag, Map<String, String> attributes, String content, Span span) implements Node {
}
