package org.medkg.wikitext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Second parser pass: one left-to-right scan that builds the tree with an explicit stack of open
 * constructs. Brackets come pre-matched from {@link DelimiterMatcher}, so every construct it opens for
 * them is known to close; the local constructs (external links, headings, lists, tables, tags, entities,
 * formatting) are decided here. Nothing recurses on the depth of the input.
 */
final class TreeBuilder {
    private static final Pattern VARIANT_FLAGS = Pattern.compile("[A-Za-z;\\s]*");
    private static final Pattern VARIANT_CODE = Pattern.compile("\\s*[a-zA-Z]{2,3}(-[a-zA-Z]{2,4})?\\s*:");
    private final String s;
    private final int n;
    private final LineIndex lines;
    private final Delimiters events;
    private final List<ParseWarning> warnings;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private int cursor;
    private int nextEvent;
    private int textStart;
    /** Where the open heading's closing {@code =} run starts; no inline construct may run past it. */
    private int headingEnd = Integer.MAX_VALUE;

    TreeBuilder(String s, LineIndex lines, Delimiters events, List<ParseWarning> warnings) {
        this.s = s;
        this.n = s.length();
        this.lines = lines;
        this.events = events;
        this.warnings = warnings;
    }

    List<Node> build() {
        Frame root = new Frame(0);
        stack.push(root);
        nextEvent = events.size() > 0 ? events.start(0) : Integer.MAX_VALUE;
        int i = byteOrderMark();
        i = redirect(i);
        i = lineStart(i);
        while (i < n) {
            Frame top = stack.peek();
            if (i == nextEvent) {
                i = event(i);
            } else if (i == headingEnd) {
                i = closeHeading(i);
            } else {
                i = character(i, top);
            }
        }
        flush(n);
        while (stack.size() > 1) {
            closeAtEnd(stack.peek());
        }
        return root.out;
    }

    // ---- events from the first pass ---------------------------------------------------------------------

    private int event(int i) {
        int kind = events.kind(cursor);
        int end = events.end(cursor);
        int partner = events.partner(cursor);
        advance();
        flush(i);
        switch (kind) {
            case Delimiters.TEMPLATE_OPEN -> stack.push(new TemplateFrame(i));
            case Delimiters.ARGUMENT_OPEN -> stack.push(new ArgumentFrame(i));
            case Delimiters.LINK_OPEN -> stack.push(new LinkFrame(i));
            case Delimiters.VARIANT_OPEN -> stack.push(new VariantFrame(i));
            case Delimiters.TEMPLATE_CLOSE, Delimiters.ARGUMENT_CLOSE, Delimiters.LINK_CLOSE,
                    Delimiters.VARIANT_CLOSE -> closeMatched(end);
            case Delimiters.COMMENT -> add(new Comment(s.substring(Math.min(i + 4, end),
                    s.startsWith("-->", end - 3) && end - 3 >= i + 4 ? end - 3 : end), span(i, end)));
            case Delimiters.OPAQUE -> add(opaque(i, end, partner));
            case Delimiters.SELF_CLOSING_TAG -> add(containerNode(tagName(i), attributes(i, end), null, i, end));
            case Delimiters.CONTAINER_OPEN -> stack.push(new ContainerFrame(i, tagName(i), attributes(i, end)));
            case Delimiters.CONTAINER_CLOSE -> closeContainer(end);
            default -> throw new IllegalStateException("unknown event " + kind);
        }
        textStart = end;
        return end;
    }

    private void advance() {
        cursor++;
        nextEvent = cursor < events.size() ? events.start(cursor) : Integer.MAX_VALUE;
    }

    private void closeMatched(int end) {
        unwindExternalLinks();
        Frame f = stack.pop();
        if (f instanceof TemplateFrame t) {
            add(t.close(end));
        } else if (f instanceof ArgumentFrame a) {
            add(new TemplateArgument(a.name, a.defaultValue, span(a.start, end)));
        } else if (f instanceof LinkFrame l) {
            add(l.close(end));
        } else if (f instanceof VariantFrame v) {
            add(v.close(end));
        } else {
            add(new Text(s.substring(f.start, end), span(f.start, end)));
        }
    }

    private void closeContainer(int end) {
        unwindExternalLinks();
        Frame f = stack.pop();
        if (f instanceof ContainerFrame c) {
            add(containerNode(c.name, c.attributes, c.out, c.start, end));
        } else {
            add(new Text(s.substring(f.start, end), span(f.start, end)));
        }
    }

    private Node containerNode(String name, Map<String, String> attrs, List<Node> content, int start, int end) {
        if (name.equals("ref")) {
            return new Ref(attrs.get("name"), attrs.get("group"), content, span(start, end));
        }
        return new ContainerTag(name, attrs, content, span(start, end));
    }

    private Opaque opaque(int start, int end, int closeStart) {
        int gt = s.indexOf('>', start);
        String content = closeStart >= gt + 1 && closeStart < end ? s.substring(gt + 1, closeStart) : "";
        return new Opaque(tagName(start), attributes(start, gt + 1), content, span(start, end));
    }

    private String tagName(int lt) {
        int k = lt + 1;
        while (k < n && s.charAt(k) < 128 && Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return s.substring(lt + 1, k).toLowerCase(Locale.ROOT);
    }

    private Map<String, String> attributes(int lt, int tagEnd) {
        int from = lt + 1 + tagName(lt).length();
        int to = tagEnd - 1;
        return TagAttributes.parse(s, Math.min(from, to), Math.max(from, to));
    }

    // ---- characters -------------------------------------------------------------------------------------

    private int character(int i, Frame top) {
        char c = s.charAt(i);
        switch (c) {
            case '\n':
                return newline(i);
            case '|':
                return pipe(i, top);
            case '!':
                if (top instanceof CellFrame cell && cell.inlineOk && i + 1 < nextEvent && i + 1 < n
                        && s.charAt(i + 1) == '!') {
                    return newCell(i, i + 2, TableCell.Kind.HEADER);
                }
                return i + 1;
            case '=':
                if (top instanceof TemplateFrame t && !t.function && t.part != null && !t.part.named) {
                    flush(i);
                    t.nameParameter();
                    textStart = i + 1;
                }
                return i + 1;
            case '[':
                if (!(top instanceof ExternalLinkFrame) && Syntax.isUrlSchemeAt(s, i + 1)) {
                    return openExternalLink(i);
                }
                return i + 1;
            case ']':
                if (top instanceof ExternalLinkFrame e) {
                    flush(i);
                    stack.pop();
                    add(new ExternalLink(e.url, e.out, true, span(e.start, i + 1)));
                    textStart = i + 1;
                }
                return i + 1;
            case '\'':
                return apostrophes(i);
            case '&':
                return entity(i);
            case '<':
                return htmlTag(i);
            case '_':
                return magicWord(i);
            case 'h', 'H', 'f', 'F':
                return bareUrl(i, top);
            default:
                return i + 1;
        }
    }

    private int pipe(int i, Frame innermost) {
        Frame top = innermost;
        if (top instanceof ExternalLinkFrame && splitsTemplate()) {
            flush(i);
            unwindExternalLinks();
            textStart = i;
            top = stack.peek();
        }
        if (top instanceof TemplateFrame t) {
            flush(i);
            t.newPart(i + 1);
            textStart = i + 1;
        } else if (top instanceof ArgumentFrame a) {
            if (a.defaultValue == null) {
                flush(i);
                a.defaultValue = new ArrayList<>();
                a.out = a.defaultValue;
                textStart = i + 1;
            }
        } else if (top instanceof LinkFrame l) {
            if (l.parts.isEmpty() || l.file) {
                flush(i);
                l.newPart();
                textStart = i + 1;
            }
        } else if (top instanceof VariantFrame v) {
            if (v.flags == null) {
                flush(i);
                v.takeFlags();
                textStart = i + 1;
            }
        } else if (top instanceof CellFrame cell && cell.inlineOk) {
            if (i + 1 < n && s.charAt(i + 1) == '|' && i + 1 < nextEvent) {
                return newCell(i, i + 2, cell.kind == TableCell.Kind.CAPTION ? TableCell.Kind.DATA : cell.kind);
            }
            if (cell.attributes == null) {
                flush(i);
                cell.attributes = cell.out;
                cell.out = new ArrayList<>();
                textStart = i + 1;
            }
        }
        return i + 1;
    }

    /**
     * Whether a {@code |} inside the open external link belongs to the template or argument around it, which
     * the first pass matched (as MediaWiki's preprocessor splits parts before links are parsed).
     */
    private boolean splitsTemplate() {
        Iterator<Frame> frames = stack.iterator();
        frames.next();
        Frame below = frames.next();
        return below instanceof TemplateFrame || below instanceof ArgumentFrame;
    }

    private int newline(int i) {
        Frame top = stack.peek();
        int lineEnd = i - 1 >= textStart && s.charAt(i - 1) == '\r' ? i - 1 : i;
        if (top instanceof ExternalLinkFrame) {
            flush(lineEnd);
            unwindExternalLinks();
            textStart = lineEnd;
            top = stack.peek();
        }
        if (top instanceof ListItemFrame item) {
            flush(lineEnd);
            stack.pop();
            add(new ListItem(item.marker, item.out, span(item.start, lineEnd)));
            textStart = lineEnd;
            top = stack.peek();
        }
        if (top instanceof CellFrame cell) {
            cell.inlineOk = false;
        }
        return isBlock(top) ? lineStart(i + 1) : i + 1;
    }

    /** A byte-order mark is kept as a text node of its own, so that the first line still starts a line. */
    private int byteOrderMark() {
        if (n > 0 && s.charAt(0) == '\uFEFF') {
            add(new Text("\uFEFF", span(0, 1)));
            textStart = 1;
            return 1;
        }
        return 0;
    }

    private int redirect(int from) {
        int k = from;
        while (k < n && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        for (String word : new String[] {"#REDIRECT", "#重定向"}) {
            if (s.regionMatches(true, k, word, 0, word.length()) && k + word.length() <= nextEvent) {
                flush(k);
                add(new MagicWord("REDIRECT", span(k, k + word.length())));
                textStart = k + word.length();
                return textStart;
            }
        }
        return from;
    }

    /** Line-start syntax at {@code p} (a line's first character) in block context. */
    private int lineStart(int p) {
        if (p >= n || p == nextEvent) {
            return p;
        }
        Frame top = stack.peek();
        int q = p;
        while (q < n && (s.charAt(q) == ' ' || s.charAt(q) == '\t') && q < nextEvent) {
            q++;
        }
        if (q >= n || q == nextEvent) {
            return p;
        }
        char c = s.charAt(q);
        char d = q + 1 < n && q + 1 < nextEvent ? s.charAt(q + 1) : '\0';
        boolean inTable = top instanceof TableFrame || top instanceof RowFrame || top instanceof CellFrame;
        if (inTable && c == '|' && d == '}') {
            return closeTable(q);
        }
        if (inTable && c == '|' && d == '-') {
            return newRow(q);
        }
        if (inTable && c == '|' && d == '+') {
            return newCell(q, q + 2, TableCell.Kind.CAPTION);
        }
        if (inTable && c == '|') {
            return newCell(q, q + 1, TableCell.Kind.DATA);
        }
        if (inTable && c == '!') {
            return newCell(q, q + 1, TableCell.Kind.HEADER);
        }
        if (c == '{' && d == '|' && q + 1 != nextEvent) {
            flush(q);
            stack.push(new TableFrame(q));
            textStart = q + 2;
            return q + 2;
        }
        if (p == q && c == '=') {
            return heading(p);
        }
        if (p == q && (c == '*' || c == '#' || c == ':' || c == ';')) {
            int k = p;
            while (k < n && k < nextEvent && "*#:;".indexOf(s.charAt(k)) >= 0) {
                k++;
            }
            flush(p);
            stack.push(new ListItemFrame(p, s.substring(p, k)));
            textStart = k;
            return k;
        }
        return p;
    }

    private int heading(int p) {
        int lineEnd = s.indexOf('\n', p);
        if (lineEnd < 0) {
            lineEnd = n;
        }
        int e = lineEnd;
        while (true) {
            while (e > p && Character.isWhitespace(s.charAt(e - 1))) {
                e--;
            }
            if (e - 3 > p && s.startsWith("-->", e - 3)) {
                int open = lastIndexOf("<!--", e - 3, p);
                if (open > p) {
                    e = open;
                    continue;
                }
            }
            break;
        }
        int lead = 0;
        while (p + lead < e && s.charAt(p + lead) == '=') {
            lead++;
        }
        int trail = 0;
        while (e - trail - 1 >= p && s.charAt(e - trail - 1) == '=') {
            trail++;
        }
        int level = Math.min(6, Math.min(lead, trail));
        if (level == 0 || e - p < 2 * level + 1 || lead == e - p) {
            return p;
        }
        int closeAt = e - level;
        for (int k = cursor; k < events.size() && events.start(k) < closeAt; k++) {
            int kind = events.kind(k);
            boolean open = kind == Delimiters.TEMPLATE_OPEN || kind == Delimiters.ARGUMENT_OPEN
                    || kind == Delimiters.LINK_OPEN || kind == Delimiters.VARIANT_OPEN
                    || kind == Delimiters.CONTAINER_OPEN;
            int reach = open ? events.partner(k) : events.end(k);
            if (reach > closeAt || events.start(k) < p + level) {
                return p;
            }
        }
        flush(p);
        closeOpenTables(p);
        stack.push(new HeadingFrame(p, level));
        headingEnd = closeAt;
        textStart = p + level;
        return p + level;
    }

    private int closeHeading(int i) {
        flush(i);
        unwindExternalLinks();
        HeadingFrame h = (HeadingFrame) stack.pop();
        add(new Heading(h.level, h.out, span(h.start, i + h.level)));
        headingEnd = Integer.MAX_VALUE;
        textStart = i + h.level;
        return i + h.level;
    }

    /** Start of the last {@code needle} that begins in {@code (floor, from]}, or -1. */
    private int lastIndexOf(String needle, int from, int floor) {
        for (int k = from; k > floor; k--) {
            if (s.startsWith(needle, k)) {
                return k;
            }
        }
        return -1;
    }

    // ---- tables ---------------------------------------------------------------------------------------------

    private int newCell(int marker, int contentStart, TableCell.Kind kind) {
        flush(marker);
        Frame top = stack.peek();
        if (top instanceof CellFrame) {
            closeCell(marker);
            top = stack.peek();
        }
        if (top instanceof TableFrame) {
            stack.push(new RowFrame(marker));
        }
        stack.push(new CellFrame(marker, kind));
        textStart = contentStart;
        return contentStart;
    }

    private int newRow(int marker) {
        flush(marker);
        if (stack.peek() instanceof CellFrame) {
            closeCell(marker);
        }
        if (stack.peek() instanceof RowFrame) {
            closeRow(marker);
        }
        stack.push(new RowFrame(marker));
        textStart = marker + 2;
        return marker + 2;
    }

    private int closeTable(int marker) {
        flush(marker);
        if (stack.peek() instanceof CellFrame) {
            closeCell(marker);
        }
        if (stack.peek() instanceof RowFrame) {
            closeRow(marker);
        }
        TableFrame t = (TableFrame) stack.pop();
        add(new Table(t.out, t.rows, span(t.start, marker + 2)));
        textStart = marker + 2;
        return marker + 2;
    }

    /** A heading ends every table still open around it, so that a table without {@code |}} keeps to its section. */
    private void closeOpenTables(int end) {
        while (stack.peek() instanceof CellFrame || stack.peek() instanceof RowFrame
                || stack.peek() instanceof TableFrame) {
            closeTablePart(end);
        }
    }

    private void closeTablePart(int end) {
        Frame f = stack.peek();
        if (f instanceof CellFrame) {
            closeCell(end);
        } else if (f instanceof RowFrame) {
            closeRow(end);
        } else {
            TableFrame t = (TableFrame) stack.pop();
            warn(t.start, "table is not closed with '|}'");
            add(new Table(t.out, t.rows, span(t.start, end)));
        }
    }

    private void closeCell(int end) {
        CellFrame c = (CellFrame) stack.pop();
        RowFrame row = (RowFrame) stack.peek();
        row.cells.add(new TableCell(c.kind, c.attributes == null ? List.of() : c.attributes, c.out,
                span(c.start, end)));
    }

    private void closeRow(int end) {
        RowFrame r = (RowFrame) stack.pop();
        TableFrame t = (TableFrame) stack.peek();
        t.rows.add(new TableRow(r.out, r.cells, span(r.start, end)));
    }

    // ---- inline constructs ------------------------------------------------------------------------------

    private int openExternalLink(int i) {
        int k = i + 1;
        int limit = limit();
        while (k < limit && Syntax.isUrlChar(s.charAt(k))) {
            k++;
        }
        int label = k;
        while (label < limit && (s.charAt(label) == ' ' || s.charAt(label) == '\t')) {
            label++;
        }
        flush(i);
        stack.push(new ExternalLinkFrame(i, s.substring(i + 1, k), label));
        textStart = label;
        return label;
    }

    private int bareUrl(int i, Frame top) {
        if (top instanceof ExternalLinkFrame || !Syntax.isBareUrlSchemeAt(s, i)
                || i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '/')) {
            return i + 1;
        }
        int limit = limit();
        int k = s.indexOf("//", i) + 2;
        int hostStart = k;
        while (k < limit && Syntax.isUrlChar(s.charAt(k))) {
            k++;
        }
        boolean paren = lastIndexOf("(", k - 1, i - 1) >= 0;
        while (k > hostStart && ",;.:!?".indexOf(s.charAt(k - 1)) >= 0
                || k > hostStart && s.charAt(k - 1) == ')' && !paren) {
            k--;
        }
        if (k <= hostStart) {
            return i + 1;
        }
        flush(i);
        add(new ExternalLink(s.substring(i, k), List.of(), false, span(i, k)));
        textStart = k;
        return k;
    }

    private int apostrophes(int i) {
        int limit = limit();
        int k = i;
        while (k < limit && s.charAt(k) == '\'') {
            k++;
        }
        int run = k - i;
        if (run < 2) {
            return k;
        }
        int marks = run == 4 ? 3 : Math.min(run, 5);
        int start = k - marks;
        flush(start);
        add(new Formatting(marks, span(start, k)));
        textStart = k;
        return k;
    }

    private int entity(int i) {
        int limit = Math.min(limit(), i + 40);
        int semi = -1;
        for (int k = i + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                semi = k;
                break;
            }
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '#')) {
                break;
            }
        }
        if (semi < 0) {
            return i + 1;
        }
        String value = Entities.decode(s.substring(i + 1, semi));
        if (value == null) {
            return i + 1;
        }
        flush(i);
        add(new Entity(s.substring(i, semi + 1), value, span(i, semi + 1)));
        textStart = semi + 1;
        return semi + 1;
    }

    private int htmlTag(int i) {
        boolean closing = i + 1 < n && s.charAt(i + 1) == '/';
        int nameStart = closing ? i + 2 : i + 1;
        int k = nameStart;
        while (k < n && s.charAt(k) < 128 && Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        String name = s.substring(nameStart, k).toLowerCase(Locale.ROOT);
        if (!Syntax.HTML_TAGS.contains(name)) {
            return i + 1;
        }
        int limit = Math.min(limit(), k + 500);
        int gt = -1;
        for (int m = k; m < limit; m++) {
            char c = s.charAt(m);
            if (c == '>') {
                gt = m;
                break;
            }
            if (c == '<' || c == '{' || c == '[' || c == '|' || c == '\n') {
                break;
            }
        }
        if (gt < 0 || k < gt && !(Character.isWhitespace(s.charAt(k)) || s.charAt(k) == '/')) {
            return i + 1;
        }
        HtmlTag.Kind kind = closing ? HtmlTag.Kind.CLOSE
                : s.charAt(gt - 1) == '/' ? HtmlTag.Kind.SELF_CLOSING : HtmlTag.Kind.OPEN;
        flush(i);
        add(new HtmlTag(name, TagAttributes.parse(s, k, gt), kind, span(i, gt + 1)));
        textStart = gt + 1;
        return gt + 1;
    }

    private int magicWord(int i) {
        int limit = Math.min(limit(), i + 40);
        if (i + 1 >= limit || s.charAt(i + 1) != '_') {
            return i + 1;
        }
        int k = i + 2;
        while (k < limit && (Character.isUpperCase(s.charAt(k))
                || s.charAt(k) == '_' && k + 1 < limit && Character.isUpperCase(s.charAt(k + 1)))) {
            k++;
        }
        if (k > i + 2 && k + 2 <= limit && s.startsWith("__", k)) {
            String word = s.substring(i + 2, k);
            if (Syntax.MAGIC_WORDS.contains(word)) {
                flush(i);
                add(new MagicWord(word, span(i, k + 2)));
                textStart = k + 2;
                return k + 2;
            }
        }
        return i + 1;
    }

    // ---- frame housekeeping -------------------------------------------------------------------------------

    private void unwindExternalLinks() {
        while (stack.peek() instanceof ExternalLinkFrame e) {
            stack.pop();
            add(new Text(s.substring(e.start, e.labelStart), span(e.start, e.labelStart)));
            stack.peek().out.addAll(e.out);
        }
    }

    private void closeAtEnd(Frame f) {
        if (f instanceof ExternalLinkFrame) {
            unwindExternalLinks();
        } else if (f instanceof ListItemFrame item) {
            stack.pop();
            add(new ListItem(item.marker, item.out, span(item.start, n)));
        } else if (f instanceof CellFrame || f instanceof RowFrame || f instanceof TableFrame) {
            closeTablePart(n);
        } else {
            stack.pop();
            add(new Text(s.substring(f.start, n), span(f.start, n)));
        }
    }

    private static boolean isBlock(Frame f) {
        return f.getClass() == Frame.class || f instanceof TableFrame || f instanceof RowFrame
                || f instanceof CellFrame;
    }

    /** Where an inline construct must stop: the next first-pass event, the heading's end, or the input's end. */
    private int limit() {
        return Math.min(n, Math.min(nextEvent, headingEnd));
    }

    private void flush(int i) {
        if (i > textStart) {
            add(new Text(s.substring(textStart, i), span(textStart, i)));
        }
        textStart = i;
    }

    private void add(Node node) {
        stack.peek().out.add(node);
    }

    private Span span(int start, int end) {
        return lines.span(start, end);
    }

    private void warn(int offset, String message) {
        int line = lines.line(offset);
        warnings.add(new ParseWarning(message, offset, line, lines.column(offset, line)));
    }

    /** Plain text of the Text and Entity nodes of a list, ignoring comments (for names and targets). */
    private static String literal(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Text t) {
                b.append(t.text());
            } else if (node instanceof Entity e) {
                b.append(e.value());
            } else if (!(node instanceof Comment)) {
                b.append('\uFFFC');
            }
        }
        return b.toString();
    }

    // ---- frames -------------------------------------------------------------------------------------------

    /** An open construct; {@code out} receives the nodes parsed inside it. The plain Frame is the document. */
    private static class Frame {
        final int start;
        List<Node> out = new ArrayList<>();

        Frame(int start) {
            this.start = start;
        }
    }

    private final class TemplateFrame extends Frame {
        final List<Node> nameNodes = out;
        final List<PartDraft> parts = new ArrayList<>();
        PartDraft part;
        boolean function;

        TemplateFrame(int start) {
            super(start);
        }

        void newPart(int partStart) {
            if (part == null) {
                function = functionName() != null;
            } else {
                part.end = partStart - 1;
            }
            part = new PartDraft(partStart);
            parts.add(part);
            out = part.value;
        }

        void nameParameter() {
            part.named = true;
            part.nameNodes = part.value;
            part.value = new ArrayList<>();
            out = part.value;
        }

        private String functionName() {
            String raw = literal(nameNodes);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            String head = raw.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (head.startsWith("#") || Syntax.FUNCTIONS.contains(head)) {
                return head;
            }
            return null;
        }

        Node close(int end) {
            if (part != null) {
                part.end = end - 2;
            } else {
                function = functionName() != null;
            }
            if (function) {
                return closeFunction(end);
            }
            List<Parameter> params = new ArrayList<>(parts.size());
            int position = 0;
            for (PartDraft p : parts) {
                if (p.named) {
                    String key = literal(p.nameNodes).trim();
                    params.add(new Parameter(key, 0, p.nameNodes, p.value, span(p.start, p.end)));
                } else {
                    position++;
                    params.add(new Parameter(null, position, List.of(), p.value, span(p.start, p.end)));
                }
            }
            return new Template(Titles.templateName(literal(nameNodes)), nameNodes, params, span(start, end));
        }

        private Node closeFunction(int end) {
            String name = functionName();
            List<List<Node>> args = new ArrayList<>();
            List<Node> first = new ArrayList<>();
            boolean seenColon = false;
            for (Node node : nameNodes) {
                if (!seenColon && node instanceof Text t && t.text().indexOf(':') >= 0) {
                    int colon = t.text().indexOf(':');
                    int at = t.span().start() + colon + 1;
                    if (at < t.span().end()) {
                        first.add(new Text(t.text().substring(colon + 1), span(at, t.span().end())));
                    }
                    seenColon = true;
                } else if (seenColon) {
                    first.add(node);
                }
            }
            args.add(first);
            for (PartDraft p : parts) {
                args.add(p.value);
            }
            return new ParserFunction(name, args, span(start, end));
        }
    }

    private static final class PartDraft {
        final int start;
        int end;
        boolean named;
        List<Node> nameNodes = List.of();
        List<Node> value = new ArrayList<>();

        PartDraft(int start) {
            this.start = start;
        }
    }

    private static final class ArgumentFrame extends Frame {
        final List<Node> name = out;
        List<Node> defaultValue;

        ArgumentFrame(int start) {
            super(start);
        }
    }

    private final class LinkFrame extends Frame {
        final List<Node> target = out;
        final List<List<Node>> parts = new ArrayList<>();
        String title;
        String namespace = "";
        String interwiki = "";
        String fragment = "";
        boolean leadingColon;
        boolean file;

        LinkFrame(int start) {
            super(start);
        }

        void newPart() {
            if (parts.isEmpty()) {
                resolve();
            }
            List<Node> part = new ArrayList<>();
            parts.add(part);
            out = part;
        }

        private void resolve() {
            String raw = literal(target).trim();
            if (raw.startsWith(":")) {
                leadingColon = true;
                raw = raw.substring(1).trim();
            }
            for (int guard = 0; guard < 3; guard++) {
                int colon = raw.indexOf(':');
                if (colon <= 0) {
                    break;
                }
                String prefix = raw.substring(0, colon).trim();
                String ns = Titles.namespace(prefix);
                if (ns != null && namespace.isEmpty()) {
                    namespace = ns;
                } else if (interwiki.isEmpty() && namespace.isEmpty() && Titles.isLanguage(prefix)) {
                    interwiki = prefix.toLowerCase(Locale.ROOT);
                } else {
                    break;
                }
                raw = raw.substring(colon + 1);
            }
            int hash = raw.indexOf('#');
            if (hash >= 0) {
                fragment = raw.substring(hash + 1).trim();
                raw = raw.substring(0, hash);
            }
            title = Titles.normalize(raw);
            file = "File".equals(namespace) && !leadingColon && interwiki.isEmpty();
        }

        Node close(int end) {
            if (parts.isEmpty()) {
                resolve();
            }
            return new WikiLink(title, namespace, interwiki, fragment, leadingColon, target, parts, span(start, end));
        }
    }

    private final class VariantFrame extends Frame {
        String flags;

        VariantFrame(int start) {
            super(start);
        }

        void takeFlags() {
            String raw = literal(out);
            if (raw.length() <= 12 && VARIANT_FLAGS.matcher(raw).matches()) {
                flags = raw.trim();
                out.clear();
            } else {
                flags = "";
            }
        }

        Node close(int end) {
            Map<String, List<Node>> variants = new LinkedHashMap<>();
            List<List<Node>> segments = new ArrayList<>();
            List<Node> segment = new ArrayList<>();
            segments.add(segment);
            for (Node node : out) {
                if (node instanceof Text t) {
                    int from = 0;
                    String text = t.text();
                    for (int semi = text.indexOf(';'); semi >= 0; semi = text.indexOf(';', from)) {
                        addSlice(segment, t, from, semi);
                        segment = new ArrayList<>();
                        segments.add(segment);
                        from = semi + 1;
                    }
                    addSlice(segment, t, from, text.length());
                } else {
                    segment.add(node);
                }
            }
            boolean allVariants = true;
            for (List<Node> seg : segments) {
                if (literal(seg).isBlank()) {
                    continue;
                }
                if (!(seg.get(0) instanceof Text first) || !VARIANT_CODE.matcher(first.text()).lookingAt()) {
                    allVariants = false;
                    break;
                }
                int colon = first.text().indexOf(':');
                String code = first.text().substring(0, colon).trim().toLowerCase(Locale.ROOT);
                List<Node> value = new ArrayList<>();
                addSlice(value, first, colon + 1, first.text().length());
                value.addAll(seg.subList(1, seg.size()));
                variants.put(code, value);
            }
            return new LanguageVariant(flags == null ? "" : flags, allVariants ? variants : Map.of(), out,
                    span(start, end));
        }

        private void addSlice(List<Node> into, Text t, int from, int to) {
            if (to > from) {
                int at = t.span().start() + from;
                into.add(new Text(t.text().substring(from, to), span(at, at + to - from)));
            }
        }
    }

    private static final class ExternalLinkFrame extends Frame {
        final String url;
        final int labelStart;

        ExternalLinkFrame(int start, String url, int labelStart) {
            super(start);
            this.url = url;
            this.labelStart = labelStart;
        }
    }

    private static final class HeadingFrame extends Frame {
        final int level;

        HeadingFrame(int start, int level) {
            super(start);
            this.level = level;
        }
    }

    private static final class ContainerFrame extends Frame {
        final String name;
        final Map<String, String> attributes;

        ContainerFrame(int start, String name, Map<String, String> attributes) {
            super(start);
            this.name = name;
            this.attributes = attributes;
        }
    }

    private static final class ListItemFrame extends Frame {
        final String marker;

        ListItemFrame(int start, String marker) {
            super(start);
            this.marker = marker;
        }
    }

    private static final class TableFrame extends Frame {
        final List<TableRow> rows = new ArrayList<>();

        TableFrame(int start) {
            super(start);
        }
    }

    private static final class RowFrame extends Frame {
        final List<TableCell> cells = new ArrayList<>();

        RowFrame(int start) {
            super(start);
        }
    }

    private static final class CellFrame extends Frame {
        final TableCell.Kind kind;
        List<Node> attributes;
        boolean inlineOk = true;

        CellFrame(int start, TableCell.Kind kind) {
            super(start);
            this.kind = kind;
        }
    }
}
