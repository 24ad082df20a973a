package org.medkg.wikitext;

/**
 * Where a node stands in the source: the half-open UTF-16 offset range {@code [start, end)} and the 1-based
 * line and column of its first character (columns count UTF-16 code units).
 */
public record Span(int start, int end, int line, int column) {

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return line + ":" + column + "[" + start + "," + end + ")";
    }
}
