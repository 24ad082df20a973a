package org.medkg.wikitext;

import java.util.Map;

/** One HTML tag as written ({@code <br />}, {@code <small>}, {@code </small>}); pairs are not matched. */
public record HtmlTag(String name, Map<String, String> attributes, Kind kind, Span span) implements Node {

    /** Whether the tag opens, closes, or stands alone. */
    public enum Kind { OPEN, CLOSE, SELF_CLOSING }
}
