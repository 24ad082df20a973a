package org.medkg.wikitext;

/** An HTML character reference such as {@code &nbsp;} or {@code &#x4E2D;} with the text it stands for. */
public record Entity(String raw, String value, Span span) implements Node {
}
