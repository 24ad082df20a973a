package org.medkg.wikitext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The plain-text view of nodes: links as their labels, markup dropped, footnotes dropped, templates that
 * stand for text rendered ({@link TextTemplates}), and language-variant markup resolved to a preferred
 * variant. Iterative, so any depth of nesting is safe.
 */
public final class PlainText {
    private static final Set<String> LINE_BREAKING_TAGS = Set.of("br", "p", "li", "div", "tr");
    private static final Set<String> TEXT_TAGS = Set.of("nowiki", "pre", "math", "chem", "ce");

    private PlainText() {
    }

    /** Plain text, with variant markup resolved to the first variant given (the form as written). */
    public static String of(List<Node> nodes) {
        return of(nodes, List.of());
    }

    /**
     * Plain text, with variant markup resolved to the first of {@code variantPreference} (codes such as
     * "zh-hant", "zh-tw") that the markup gives, or else to its first variant.
     */
    public static String of(List<Node> nodes, List<String> variantPreference) {
        StringBuilder b = new StringBuilder();
        Deque<Object> todo = new ArrayDeque<>();
        pushAll(todo, nodes);
        while (!todo.isEmpty()) {
            Object item = todo.pop();
            if (item instanceof String text) {
                b.append(text);
            } else if (item instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Node> sub = (List<Node>) list;
                pushAll(todo, sub);
            } else {
                expand((Node) item, b, todo, variantPreference);
            }
        }
        return b.toString();
    }

    /** Plain text with runs of white space (new lines included) as one space, trimmed. */
    public static String line(List<Node> nodes) {
        return collapse(of(nodes));
    }

    /** Runs of white space as one space, trimmed. */
    public static String collapse(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void expand(Node node, StringBuilder b, Deque<Object> todo, List<String> preference) {
        if (node instanceof Text t) {
            b.append(t.text());
        } else if (node instanceof Entity e) {
            b.append(e.value());
        } else if (node instanceof WikiLink l) {
            link(l, b, todo, preference);
        } else if (node instanceof ExternalLink e) {
            if (e.bracketed()) {
                todo.push(e.label());
            } else {
                b.append(e.url());
            }
        } else if (node instanceof Template t) {
            pushAll(todo, TextTemplates.render(t));
        } else if (node instanceof Heading h) {
            todo.push("\n");
            todo.push(h.title());
        } else if (node instanceof ListItem item) {
            todo.push("\n");
            todo.push(item.content());
        } else if (node instanceof Table table) {
            pushAll(todo, table.rows());
        } else if (node instanceof TableRow row) {
            todo.push("\n");
            pushAll(todo, row.cells());
        } else if (node instanceof TableCell cell) {
            todo.push(" ");
            todo.push(cell.content());
        } else if (node instanceof HtmlTag tag) {
            if (LINE_BREAKING_TAGS.contains(tag.name())) {
                b.append('\n');
            }
        } else if (node instanceof Opaque o) {
            if (TEXT_TAGS.contains(o.tag())) {
                b.append(o.content());
            }
        } else if (node instanceof ContainerTag c) {
            if (c.name().equals("poem") && c.content() != null) {
                todo.push(c.content());
            }
        } else if (node instanceof LanguageVariant v) {
            todo.push(variant(v, preference));
        }
    }

    private static void link(WikiLink l, StringBuilder b, Deque<Object> todo, List<String> preference) {
        if (l.isCategory() || l.isFile() || l.isInterlanguage()) {
            return;
        }
        List<Node> label = l.label();
        if (label != null && !of(label, preference).isBlank()) {
            todo.push(label);
        } else {
            String target = of(l.targetNodes(), preference).trim();
            b.append(target.startsWith(":") ? target.substring(1) : target);
        }
    }

    private static List<Node> variant(LanguageVariant v, List<String> preference) {
        if (v.variants().isEmpty()) {
            return v.content();
        }
        for (String code : preference) {
            List<Node> chosen = v.variants().get(code);
            if (chosen != null) {
                return chosen;
            }
        }
        return v.variants().values().iterator().next();
    }

    private static void pushAll(Deque<Object> todo, List<?> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            todo.push(items.get(i));
        }
    }
}
