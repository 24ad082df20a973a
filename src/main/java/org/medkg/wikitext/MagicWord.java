package org.medkg.wikitext;

/** A behaviour switch such as {@code __NOTOC__}, or a redirect marker ({@code #REDIRECT}, word "REDIRECT"). */
public record MagicWord(String word, Span span) implements Node {
}
