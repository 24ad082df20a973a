package org.medkg.wikitext;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * First parser pass: finds comments and extension tags, and matches {@code {{ }}}, {@code {{{ }}}},
 * {@code [[ ]]} and {@code -{ }-} the way MediaWiki's preprocessor does: with a stack whose top alone may
 * be closed, brace runs split into arguments and templates, and whatever is still open at the end of a
 * scope left as text. Runs in one pass without recursion on the nesting depth.
 */
final class DelimiterMatcher {
    private static final int BRACE = 0;
    private static final int BRACKET = 1;
    private static final int VARIANT = 2;

    private final String s;
    private final LineIndex lines;
    private final List<ParseWarning> warnings;
    private final Delimiters out = new Delimiters();
    /** Per tag name, the earliest offset from which a search for its closing tag failed (keeps it linear). */
    private final Map<String, Integer> closeNotFoundFrom = new HashMap<>();
    /** The last search for {@code -->}: where it started and what it found (searches only move forward). */
    private int commentSearchFrom = -1;
    private int commentFound = -1;
    /** End of the last {@code }-} matched: its {@code -} cannot also start a {@code -{}. */
    private int variantClosedAt;

    private int[] pieceType = new int[32];
    private int[] pieceOffset = new int[32];
    private int[] pieceCount = new int[32];
    private int depth;

    DelimiterMatcher(String s, LineIndex lines, List<ParseWarning> warnings) {
        this.s = s;
        this.lines = lines;
        this.warnings = warnings;
    }

    Delimiters match() {
        scope(0, s.length(), 0);
        out.seal();
        return out;
    }

    /** Matches delimiters in {@code [from, to)}; container tags nest at most two deep. */
    private void scope(int from, int to, int nesting) {
        int base = depth;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> i = tag(i, to, nesting);
                case '{' -> i = openBraces(i, to, from);
                case '[' -> i = openBrackets(i, to);
                case '}' -> i = closeBraces(i, to, base);
                case ']' -> i = closeBrackets(i, to, base);
                default -> i++;
            }
        }
        while (depth > base) {
            depth--;
            warn(pieceOffset[depth], "unclosed " + opener(pieceType[depth]) + " is kept as text");
        }
    }

    private int openBraces(int i, int to, int from) {
        int run = run(i, to, '{');
        if (run == 1 && i > from && s.charAt(i - 1) == '-' && i > variantClosedAt) {
            push(VARIANT, i - 1, 2);
        } else if (run >= 2) {
            push(BRACE, i, run);
        }
        return i + run;
    }

    private int openBrackets(int i, int to) {
        int run = run(i, to, '[');
        if (run >= 2) {
            push(BRACKET, i, run);
        }
        return i + run;
    }

    private int closeBraces(int i, int to, int base) {
        if (depth > base && pieceType[depth - 1] == VARIANT) {
            if (i + 1 < to && s.charAt(i + 1) == '-') {
                depth--;
                out.add(Delimiters.VARIANT_OPEN, pieceOffset[depth], pieceOffset[depth] + 2, i);
                out.add(Delimiters.VARIANT_CLOSE, i, i + 2, pieceOffset[depth]);
                variantClosedAt = i + 2;
                return i + 2;
            }
            return i + 1;
        }
        int run = run(i, to, '}');
        int j = i;
        int left = run;
        while (left >= 2 && depth > base && pieceType[depth - 1] == BRACE) {
            int top = depth - 1;
            int matched = Math.min(3, Math.min(left, pieceCount[top]));
            int open = pieceOffset[top] + pieceCount[top] - matched;
            boolean argument = matched == 3;
            out.add(argument ? Delimiters.ARGUMENT_OPEN : Delimiters.TEMPLATE_OPEN, open, open + matched, j);
            out.add(argument ? Delimiters.ARGUMENT_CLOSE : Delimiters.TEMPLATE_CLOSE, j, j + matched, open);
            pieceCount[top] -= matched;
            if (pieceCount[top] < 2) {
                depth--;
            }
            j += matched;
            left -= matched;
        }
        if (left >= 2 && (depth == base || pieceType[depth - 1] == BRACE)) {
            warn(j, "stray '" + "}".repeat(left) + "' is kept as text");
        }
        return depth > base && pieceType[depth - 1] == VARIANT ? j : i + run;
    }

    private int closeBrackets(int i, int to, int base) {
        int run = run(i, to, ']');
        int j = i;
        int left = run;
        while (left >= 2 && depth > base && pieceType[depth - 1] == BRACKET) {
            int top = depth - 1;
            int open = pieceOffset[top] + pieceCount[top] - 2;
            out.add(Delimiters.LINK_OPEN, open, open + 2, j);
            out.add(Delimiters.LINK_CLOSE, j, j + 2, open);
            pieceCount[top] -= 2;
            if (pieceCount[top] < 2) {
                depth--;
            }
            j += 2;
            left -= 2;
        }
        if (left >= 2 && (depth == base || pieceType[depth - 1] == BRACKET)) {
            warn(j, "stray '" + "]".repeat(left) + "' is kept as text");
        }
        return i + run;
    }

    /** A comment or an extension tag at {@code i}; anything else is left to the second pass. */
    private int tag(int i, int to, int nesting) {
        if (s.startsWith("<!--", i)) {
            int close = commentClose(i + 4);
            int end;
            if (close < 0 || close + 3 > to) {
                warn(i, "unclosed comment runs to the end");
                end = to;
            } else {
                end = close + 3;
            }
            out.add(Delimiters.COMMENT, i, end, end);
            return end;
        }
        int nameEnd = i + 1;
        while (nameEnd < to && isNameChar(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == i + 1) {
            return i + 1;
        }
        String name = s.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
        boolean opaque = Syntax.OPAQUE_TAGS.contains(name);
        boolean container = Syntax.CONTAINER_TAGS.contains(name);
        if (!opaque && !container) {
            return i + 1;
        }
        int gt = tagEnd(nameEnd, to);
        if (gt < 0) {
            warn(i, "unterminated <" + name + " tag is kept as text");
            return i + 1;
        }
        if (s.charAt(gt - 1) == '/') {
            out.add(opaque ? Delimiters.OPAQUE : Delimiters.SELF_CLOSING_TAG, i, gt + 1, gt + 1);
            return gt + 1;
        }
        if (container && nesting >= 2) {
            warn(i, "<" + name + "> nested too deep is kept as text");
            return i + 1;
        }
        int closeStart = findClose(name, gt + 1, to);
        if (closeStart < 0) {
            warn(i, "<" + name + "> has no </" + name + "> and is kept as text");
            return i + 1;
        }
        int closeEnd = s.indexOf('>', closeStart) + 1;
        if (opaque) {
            out.add(Delimiters.OPAQUE, i, closeEnd, closeStart);
        } else {
            out.add(Delimiters.CONTAINER_OPEN, i, gt + 1, closeStart);
            scope(gt + 1, closeStart, nesting + 1);
            out.add(Delimiters.CONTAINER_CLOSE, closeStart, closeEnd, i);
        }
        return closeEnd;
    }

    /** Start of the first {@code -->} at or after {@code from}, or -1; remembers the last answer. */
    private int commentClose(int from) {
        boolean known = commentSearchFrom >= 0 && from >= commentSearchFrom
                && (commentFound < 0 || from <= commentFound);
        if (!known) {
            commentSearchFrom = from;
            commentFound = s.indexOf("-->", from);
        }
        return commentFound;
    }

    /** Offset of the {@code >} ending the tag whose name ends at {@code from}, or -1. */
    private int tagEnd(int from, int to) {
        if (from < to && !(Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '/'
                || s.charAt(from) == '>')) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '>') {
                return k;
            }
            if (c == '<' || c == '\n' && k + 1 < to && s.charAt(k + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Start of {@code </name >} (any case) in {@code [from, to)}, or -1. */
    private int findClose(String name, int from, int to) {
        Integer failed = closeNotFoundFrom.get(name + '@' + to);
        if (failed != null && from >= failed) {
            return -1;
        }
        int k = from;
        while (true) {
            k = s.indexOf("</", k);
            if (k < 0 || k >= to) {
                closeNotFoundFrom.put(name + '@' + to, from);
                return -1;
            }
            int n = k + 2 + name.length();
            if (n <= to && s.regionMatches(true, k + 2, name, 0, name.length())) {
                int m = n;
                while (m < to && Character.isWhitespace(s.charAt(m))) {
                    m++;
                }
                if (m < to && s.charAt(m) == '>') {
                    return k;
                }
            }
            k += 2;
        }
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c));
    }

    private int run(int i, int to, char c) {
        int k = i;
        while (k < to && s.charAt(k) == c) {
            k++;
        }
        return k - i;
    }

    private void push(int type, int offset, int count) {
        if (depth == pieceType.length) {
            int n = depth * 2;
            pieceType = Arrays.copyOf(pieceType, n);
            pieceOffset = Arrays.copyOf(pieceOffset, n);
            pieceCount = Arrays.copyOf(pieceCount, n);
        }
        pieceType[depth] = type;
        pieceOffset[depth] = offset;
        pieceCount[depth] = count;
        depth++;
    }

    private static String opener(int type) {
        return switch (type) {
            case BRACE -> "'{{'";
            case BRACKET -> "'[['";
            default -> "'-{'";
        };
    }

    private void warn(int offset, String message) {
        int line = lines.line(offset);
        warnings.add(new ParseWarning(message, offset, line, lines.column(offset, line)));
    }
}
