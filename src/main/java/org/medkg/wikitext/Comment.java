package org.medkg.wikitext;

/** An HTML comment; {@link #text()} is what stands between the markers. */
public record Comment(String text, Span span) implements Node {
}
