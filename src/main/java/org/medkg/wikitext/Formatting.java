package org.medkg.wikitext;

/** A run of apostrophes that toggles italic (2), bold (3) or both (5). */
public record Formatting(int apostrophes, Span span) implements Node {

    public boolean bold() {
        return apostrophes >= 3;
    }
}
