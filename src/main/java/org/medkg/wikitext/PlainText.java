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
        return new Renderer(variantPreference).render(nodes);
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

    /** After a link's label: if it rendered blank, the link shows its target instead. */
    private record LabelEnd(WikiLink link, int mark) {
    }

    /** After a link's target shown as text: trailing white space is dropped. */
    private record TargetEnd(int mark) {
    }

    /**
     * One rendering, driven by an explicit stack of pending items (text, node lists, nodes, and the markers
     * above), so that nested links, templates and variants of any depth are safe.
     */
    private static final class Renderer {
        private final List<String> preference;
        private final StringBuilder b = new StringBuilder();
        private final Deque<Object> todo = new ArrayDeque<>();
        /** Index of the last character that is not white space, or -1. */
        private int lastNonBlank = -1;
        /** While {@code b} has this length, leading white space and one ':' of a link target are dropped. */
        private int stripAt = -1;

        Renderer(List<String> preference) {
            this.preference = preference;
        }

        String render(List<Node> nodes) {
            pushAll(todo, nodes);
            while (!todo.isEmpty()) {
                Object item = todo.pop();
                if (item instanceof String text) {
                    emit(text);
                } else if (item instanceof List<?> list) {
                    pushAll(todo, list);
                } else if (item instanceof LabelEnd end) {
                    labelEnd(end);
                } else if (item instanceof TargetEnd end) {
                    b.setLength(Math.max(end.mark(), lastNonBlank + 1));
                    stripAt = -1;
                } else {
                    expand((Node) item);
                }
            }
            return b.toString();
        }

        private void expand(Node node) {
            if (node instanceof Text t) {
                emit(t.text());
            } else if (node instanceof Entity e) {
                emit(e.value());
            } else if (node instanceof WikiLink l) {
                link(l);
            } else if (node instanceof ExternalLink e) {
                if (e.bracketed()) {
                    todo.push(e.label());
                } else {
                    emit(e.url());
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
            } else {
                other(node);
            }
        }

        private void other(Node node) {
            if (node instanceof HtmlTag tag) {
                if (LINE_BREAKING_TAGS.contains(tag.name())) {
                    emit("\n");
                }
            } else if (node instanceof Opaque o) {
                if (TEXT_TAGS.contains(o.tag())) {
                    emit(o.content());
                }
            } else if (node instanceof ContainerTag c) {
                if (c.name().equals("poem") && c.content() != null) {
                    todo.push(c.content());
                }
            } else if (node instanceof LanguageVariant v) {
                todo.push(variant(v, preference));
            }
        }

        private void link(WikiLink l) {
            if (l.isCategory() || l.isFile() || l.isInterlanguage()) {
                return;
            }
            List<Node> label = l.label();
            if (label != null) {
                todo.push(new LabelEnd(l, b.length()));
                todo.push(label);
            } else {
                target(l);
            }
        }

        private void labelEnd(LabelEnd end) {
            if (lastNonBlank < end.mark()) {
                b.setLength(end.mark());
                target(end.link());
            }
        }

        private void target(WikiLink l) {
            stripAt = b.length();
            todo.push(new TargetEnd(b.length()));
            todo.push(l.targetNodes());
        }

        private void emit(String text) {
            String t = text.indexOf('\uFEFF') >= 0 ? text.replace("\uFEFF", "") : text;
            if (stripAt == b.length()) {
                t = stripTargetStart(t);
            }
            b.append(t);
            for (int k = t.length() - 1; k >= 0; k--) {
                if (!Character.isWhitespace(t.charAt(k))) {
                    lastNonBlank = b.length() - t.length() + k;
                    break;
                }
            }
        }

        private String stripTargetStart(String t) {
            int k = 0;
            while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
                k++;
            }
            if (k < t.length()) {
                stripAt = -1;
                if (t.charAt(k) == ':') {
                    k++;
                }
            }
            return t.substring(k);
        }
    }
}
