package org.medkg.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts the character stream of a MediaWiki XML export into the header (everything before the first
 * {@code <page>}: the XML declaration, the {@code <mediawiki>} start tag and {@code <siteinfo>}) and one
 * piece of text per {@code <page>…</page>}, each with the line and column where it starts, so that every
 * page can be parsed on its own: a page whose XML is broken is then lost alone, and the reader goes on
 * with the next {@code <page>}.
 *
 * <p>The cut is lexical: a {@code <} in well-formed XML text is always markup, so the only places where
 * {@code <page>} may appear as text are comments, CDATA sections and the DOCTYPE, which are stepped over.
 * A page that is never closed ends where the next {@code <page>} starts (or at the end of input). Only one
 * page is held at a time, and none longer than a limit: an overlong page is reported and skipped.
 */
final class PageSplitter {

    enum Kind { HEADER, PAGE, OVERSIZED }

    /**
     * A piece of the dump. {@code closed} is false for a page cut short by the next {@code <page>} or by the
     * end of input; {@code xml} is null for an oversized piece.
     */
    record Chunk(Kind kind, String xml, int line, int column, boolean closed) {
    }

    private enum Phase { HEADER, PAGE, BETWEEN, SKIP_PAGE }

    private static final int LOOKAHEAD = 16;

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    /** Characters consumed before buf[0]. */
    private long base;
    private int line = 1;
    /** Absolute offset of the first character of the current line. */
    private long lineStart;

    private Phase phase = Phase.HEADER;
    private StringBuilder text = new StringBuilder();
    private int startLine = 1;
    private int startColumn = 1;
    private boolean sawEnd;
    private boolean done;

    PageSplitter(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** True once {@code </mediawiki>} was read: the dump was not cut short. */
    boolean sawEnd() {
        return sawEnd;
    }

    /** The next piece: the header first (even when empty), then each page; null at the end of input. */
    Chunk next() throws IOException {
        if (done) {
            return null;
        }
        if (base == 0 && pos == 0 && lim == 0 && !eof) {
            fill(1);
            if (lim > 0 && buf[0] == '\uFEFF') { // a byte-order mark takes no column
                pos = 1;
                lineStart = 1;
            }
            // white space before the XML declaration is not XML, but harmless: the header starts after it
            while ((pos < lim || fill(1)) && (buf[pos] == ' ' || buf[pos] == '\t' || buf[pos] == '\r'
                    || buf[pos] == '\n')) {
                if (buf[pos] == '\n') {
                    line++;
                    lineStart = base + pos + 1;
                }
                pos++;
            }
            startLine = line;
            startColumn = column();
        }
        while (true) {
            // plain text up to the next '<'
            while (true) {
                if (pos >= lim && !fill(1)) {
                    return atEnd();
                }
                int from = pos;
                int p = pos;
                char[] b = buf;
                int end = lim;
                while (p < end) {
                    char c = b[p];
                    if (c == '<') {
                        break;
                    }
                    if (c == '\n') {
                        line++;
                        lineStart = base + p + 1;
                    }
                    p++;
                }
                pos = p;
                Chunk over = keep(from, p);
                if (over != null) {
                    return over;
                }
                if (p < end) {
                    break;
                }
            }
            fill(LOOKAHEAD);
            if (at("<!--")) {
                Chunk over = consumeThrough("-->");
                if (over != null) {
                    return over;
                }
            } else if (at("<![CDATA[")) {
                Chunk over = consumeThrough("]]>");
                if (over != null) {
                    return over;
                }
            } else if (at("<!DOCTYPE")) {
                Chunk over = consumeDoctype();
                if (over != null) {
                    return over;
                }
            } else if (atTag("<page", false)) {
                Chunk before = switch (phase) {
                    case HEADER -> emit(Kind.HEADER, true, Phase.BETWEEN);
                    case PAGE -> emit(Kind.PAGE, false, Phase.BETWEEN);
                    case SKIP_PAGE -> oversized(Phase.BETWEEN);
                    case BETWEEN -> null;
                };
                if (before != null) {
                    return before;
                }
                phase = Phase.PAGE;
                text.setLength(0);
                startLine = line;
                startColumn = column();
                Chunk over = consumeThrough(">");
                if (over != null) {
                    return over;
                }
            } else if (atTag("</page", true)) {
                Chunk over = consumeThrough(">");
                if (over != null) {
                    return over;
                }
                if (phase == Phase.PAGE) {
                    return emit(Kind.PAGE, true, Phase.BETWEEN);
                }
                if (phase == Phase.SKIP_PAGE) {
                    return oversized(Phase.BETWEEN);
                }
            } else if (atTag("</mediawiki", true)) {
                if (phase == Phase.PAGE) { // the page was never closed
                    return emit(Kind.PAGE, false, Phase.BETWEEN);
                }
                if (phase == Phase.SKIP_PAGE) {
                    return oversized(Phase.BETWEEN);
                }
                Chunk over = consumeThrough(">"); // kept when in the header: an export without pages
                if (over != null) {
                    return over;
                }
                sawEnd = true;
            } else {
                Chunk over = keep(pos, ++pos);
                if (over != null) {
                    return over;
                }
            }
        }
    }

    private Chunk atEnd() {
        done = true;
        return switch (phase) {
            case HEADER -> emit(Kind.HEADER, true, Phase.BETWEEN);
            case PAGE -> emit(Kind.PAGE, false, Phase.BETWEEN);
            case SKIP_PAGE -> oversized(Phase.BETWEEN);
            case BETWEEN -> null;
        };
    }

    private Chunk emit(Kind kind, boolean closed, Phase then) {
        Chunk c = new Chunk(kind, text.toString(), startLine, startColumn, closed);
        phase = then;
        text.setLength(0);
        if (text.capacity() > 1 << 20) {
            text = new StringBuilder(); // do not keep a huge page's buffer
        }
        return c;
    }

    private Chunk oversized(Phase then) {
        phase = then;
        return new Chunk(Kind.OVERSIZED, null, startLine, startColumn, false);
    }

    /** Keeps buf[from, to) in the current piece, when there is one; an oversized piece when it grows too long. */
    private Chunk keep(int from, int to) {
        if (phase == Phase.HEADER || phase == Phase.PAGE) {
            text.append(buf, from, to - from);
            if (text.length() > maxChars) {
                boolean header = phase == Phase.HEADER;
                text.setLength(0);
                text = new StringBuilder();
                phase = Phase.SKIP_PAGE;
                if (header) { // no page start within the limit: not a dump worth reading on
                    done = true;
                    return new Chunk(Kind.OVERSIZED, null, 1, 1, false);
                }
            }
        }
        return null;
    }

    private int column() {
        return (int) (base + pos - lineStart) + 1;
    }

    private boolean at(String s) {
        if (lim - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** At {@code name} followed by '>', white space, or (for a start tag) '/'. */
    private boolean atTag(String name, boolean end) {
        if (!at(name) || lim - pos <= name.length()) {
            return false;
        }
        char c = buf[pos + name.length()];
        return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || !end && c == '/';
    }

    /** Consumes characters up to and including {@code terminator} (or to the end of input). */
    private Chunk consumeThrough(String terminator) throws IOException {
        return consumeUntil(new Terminator(terminator));
    }

    /** Consumes a DOCTYPE declaration, its internal subset and quoted strings included. */
    private Chunk consumeDoctype() throws IOException {
        return consumeUntil(new DoctypeEnd());
    }

    /**
     * Consumes characters, counting lines and keeping them, until {@code end} says the construct is over (or
     * the input ends); returns a chunk when keeping them filled one.
     */
    private Chunk consumeUntil(EndTest end) throws IOException {
        while (true) {
            if (pos >= lim && !fill(1)) {
                return null;
            }
            char c = buf[pos];
            if (c == '\n') {
                line++;
                lineStart = base + pos + 1;
            }
            Chunk over = keep(pos, ++pos);
            if (over != null) {
                return over;
            }
            if (end.ends(c)) {
                return null;
            }
        }
    }

    /** Decides, one consumed character at a time, whether a construct has ended. */
    private interface EndTest {
        boolean ends(char c);
    }

    /** Ends after a fixed terminator such as {@code -->}. */
    private static final class Terminator implements EndTest {
        private final String terminator;
        private int matched;

        Terminator(String terminator) {
            this.terminator = terminator;
        }

        @Override
        public boolean ends(char c) {
            if (c == terminator.charAt(matched)) {
                return ++matched == terminator.length();
            }
            matched = c == terminator.charAt(0) ? 1 : 0;
            return false;
        }
    }

    /** Ends at the {@code >} of a DOCTYPE, outside its internal subset and quoted strings. */
    private static final class DoctypeEnd implements EndTest {
        private int brackets;
        private char quote;

        @Override
        public boolean ends(char c) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else {
                return c == '>' && brackets <= 0;
            }
            return false;
        }
    }

    /** Makes at least {@code n} characters available from pos, if the input has them; false at its end. */
    private boolean fill(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            base += pos;
            lim -= pos;
            pos = 0;
        }
        while (lim < n && !eof) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return lim - pos >= n;
    }
}
