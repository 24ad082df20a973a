package org.medkg.wikitext;

import java.util.Arrays;

/** Maps offsets of a text to 1-based line and column numbers. */
final class LineIndex {
    private final int[] lineStarts;
    private final int lineCount;

    LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = count;
    }

    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int column(int offset, int line) {
        return offset - lineStarts[line - 1] + 1;
    }

    Span span(int start, int end) {
        int line = line(start);
        return new Span(start, end, line, column(start, line));
    }
}
