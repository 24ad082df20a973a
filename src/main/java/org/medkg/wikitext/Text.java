package org.medkg.wikitext;

/** Literal text, including any markup that did not form a construct. */
public record Text(String text, Span span) implements Node {
}
