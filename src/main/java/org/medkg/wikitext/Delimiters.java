package org.medkg.wikitext;

import java.util.Arrays;

/**
 * The decisions of the first parser pass: every delimiter that takes part in a construct, sorted by offset.
 * Brackets that are not listed here are plain text. Each event has a kind, a start offset, an end offset
 * (exclusive end of the delimiter, or of the whole construct for comments and opaque tags) and, for
 * openers and container tags, the offset where the construct's closer starts.
 */
final class Delimiters {
    static final int TEMPLATE_OPEN = 1;
    static final int TEMPLATE_CLOSE = 2;
    static final int ARGUMENT_OPEN = 3;
    static final int ARGUMENT_CLOSE = 4;
    static final int LINK_OPEN = 5;
    static final int LINK_CLOSE = 6;
    static final int VARIANT_OPEN = 7;
    static final int VARIANT_CLOSE = 8;
    static final int COMMENT = 9;
    static final int OPAQUE = 10;
    static final int CONTAINER_OPEN = 11;
    static final int CONTAINER_CLOSE = 12;
    static final int SELF_CLOSING_TAG = 13;

    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] kind = new int[64];
    private int[] partner = new int[64];
    private int size;
    private int[] order;

    void add(int kind, int start, int end, int partner) {
        if (size == this.start.length) {
            int n = size * 2;
            this.start = Arrays.copyOf(this.start, n);
            this.end = Arrays.copyOf(this.end, n);
            this.kind = Arrays.copyOf(this.kind, n);
            this.partner = Arrays.copyOf(this.partner, n);
        }
        this.start[size] = start;
        this.end[size] = end;
        this.kind[size] = kind;
        this.partner[size] = partner;
        size++;
    }

    /** Sorts the events by start offset; call once, after the last {@link #add}. */
    void seal() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) start[i] << 32) | i;
        }
        Arrays.sort(keys);
        order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
    }

    int size() {
        return size;
    }

    int start(int i) {
        return start[order[i]];
    }

    int end(int i) {
        return end[order[i]];
    }

    int kind(int i) {
        return kind[order[i]];
    }

    int partner(int i) {
        return partner[order[i]];
    }
}
