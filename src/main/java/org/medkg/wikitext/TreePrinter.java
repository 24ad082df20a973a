package org.medkg.wikitext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a syntax tree for people (indented outline) or programs (JSON). Iterative at any depth. */
public final class TreePrinter {
    private static final int PREVIEW = 60;
    /** Deeper lines are indented no further but prefixed with their depth, so output stays linear in size. */
    private static final int MAX_INDENT = 40;

    private TreePrinter() {
    }

    /**
     * One line per node, indented by depth: type, position, and the node's own details. Beyond depth
     * {@value #MAX_INDENT} the indentation stops growing and the line starts with its depth in brackets.
     */
    public static String outline(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        Deque<Object[]> todo = new ArrayDeque<>();
        pushGroup(todo, nodes, 0);
        while (!todo.isEmpty()) {
            Object[] item = todo.pop();
            int depth = (Integer) item[1];
            indent(b, depth);
            if (item[0] instanceof String label) {
                b.append(label).append('\n');
                continue;
            }
            Node node = (Node) item[0];
            Span sp = node.span();
            b.append(node.getClass().getSimpleName()).append(' ').append(sp.line()).append(':').append(sp.column());
            String details = details(node);
            if (!details.isEmpty()) {
                b.append(' ').append(details);
            }
            b.append('\n');
            List<Object[]> groups = groups(node, depth + 1);
            for (int i = groups.size() - 1; i >= 0; i--) {
                todo.push(groups.get(i));
            }
        }
        return b.toString();
    }

    /** The tree as JSON: an array of node objects with type, span, details and children. */
    public static String json(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push("]");
        pushJsonList(todo, nodes);
        b.append('[');
        while (!todo.isEmpty()) {
            Object item = todo.pop();
            if (item instanceof String raw) {
                b.append(raw);
                continue;
            }
            Node node = (Node) item;
            Span sp = node.span();
            b.append("{\"type\":").append(quote(node.getClass().getSimpleName()))
                    .append(",\"start\":").append(sp.start()).append(",\"end\":").append(sp.end())
                    .append(",\"line\":").append(sp.line()).append(",\"column\":").append(sp.column());
            for (Map.Entry<String, String> e : fields(node).entrySet()) {
                b.append(',').append(quote(e.getKey())).append(':').append(quote(e.getValue()));
            }
            List<Node> children = node.children();
            if (children.isEmpty()) {
                b.append('}');
            } else {
                b.append(",\"children\":[");
                todo.push("]}");
                pushJsonList(todo, children);
            }
        }
        return b.toString();
    }

    private static void indent(StringBuilder b, int depth) {
        b.append("  ".repeat(Math.min(depth, MAX_INDENT)));
        if (depth > MAX_INDENT) {
            b.append('[').append(depth).append("] ");
        }
    }

    private static void pushJsonList(Deque<Object> todo, List<Node> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            todo.push(nodes.get(i));
            if (i > 0) {
                todo.push(",");
            }
        }
    }

    private static void pushGroup(Deque<Object[]> todo, List<Node> nodes, int depth) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            todo.push(new Object[] {nodes.get(i), depth});
        }
    }

    /** The labelled child groups of a node, flattened into printable items. */
    private static List<Object[]> groups(Node node, int depth) {
        List<Object[]> items = new ArrayList<>();
        if (node instanceof Template t) {
            for (Parameter p : t.parameters()) {
                items.add(new Object[] {"| " + p.key() + " =", depth});
                for (Node child : p.value()) {
                    items.add(new Object[] {child, depth + 1});
                }
            }
        } else if (node instanceof ParserFunction f) {
            for (int a = 0; a < f.arguments().size(); a++) {
                items.add(new Object[] {"arg " + (a + 1) + ":", depth});
                for (Node child : f.arguments().get(a)) {
                    items.add(new Object[] {child, depth + 1});
                }
            }
        } else if (node instanceof WikiLink l) {
            for (int a = 0; a < l.parts().size(); a++) {
                items.add(new Object[] {l.isFile() ? "option " + (a + 1) + ":" : "label:", depth});
                for (Node child : l.parts().get(a)) {
                    items.add(new Object[] {child, depth + 1});
                }
            }
        } else if (!(node instanceof Text)) {
            for (Node child : node.children()) {
                items.add(new Object[] {child, depth});
            }
        }
        return items;
    }

    private static String details(Node node) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : fields(node).entrySet()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(e.getKey()).append('=').append(quote(preview(e.getValue())));
        }
        return b.toString();
    }

    private static Map<String, String> fields(Node node) {
        Map<String, String> f = new LinkedHashMap<>();
        if (node instanceof Text t) {
            f.put("text", t.text());
        } else if (node instanceof Template t) {
            f.put("name", t.name());
        } else if (node instanceof ParserFunction p) {
            f.put("function", p.function());
        } else if (node instanceof WikiLink l) {
            putIfNotEmpty(f, "namespace", l.namespace());
            putIfNotEmpty(f, "interwiki", l.interwiki());
            f.put("target", l.target());
            putIfNotEmpty(f, "fragment", l.fragment());
        } else if (node instanceof ExternalLink e) {
            f.put("url", e.url());
        } else if (node instanceof Heading h) {
            f.put("level", Integer.toString(h.level()));
        } else if (node instanceof Ref r) {
            putIfNotEmpty(f, "name", r.name());
            putIfNotEmpty(f, "group", r.group());
        } else if (node instanceof ContainerTag c) {
            f.put("tag", c.name());
        } else if (node instanceof HtmlTag t) {
            f.put("tag", t.name());
            f.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
        } else if (node instanceof Opaque o) {
            f.put("tag", o.tag());
            f.put("content", o.content());
        } else if (node instanceof Entity e) {
            f.put("value", e.value());
        } else if (node instanceof Comment c) {
            f.put("text", c.text());
        } else if (node instanceof ListItem l) {
            f.put("marker", l.marker());
        } else if (node instanceof TableCell c) {
            f.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        } else if (node instanceof Formatting fm) {
            f.put("marks", Integer.toString(fm.apostrophes()));
        } else if (node instanceof MagicWord m) {
            f.put("word", m.word());
        } else if (node instanceof LanguageVariant v) {
            putIfNotEmpty(f, "flags", v.flags());
            f.put("variants", String.join(",", v.variants().keySet()));
        }
        return f;
    }

    private static void putIfNotEmpty(Map<String, String> f, String key, String value) {
        if (value != null && !value.isEmpty()) {
            f.put(key, value);
        }
    }

    private static String preview(String s) {
        return s.length() <= PREVIEW ? s : s.substring(0, PREVIEW) + "…";
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
