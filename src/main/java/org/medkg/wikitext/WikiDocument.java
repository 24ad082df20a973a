package org.medkg.wikitext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A parsed article: its source, its top-level nodes (which tile the source exactly) and the warnings. */
public record WikiDocument(String source, List<Node> nodes, List<ParseWarning> warnings) {

    /** The source text a node was parsed from. */
    public String source(Node node) {
        return source.substring(node.span().start(), node.span().end());
    }

    /** Visits every node of the tree in document order (pre-order), without recursion. */
    public void walk(Consumer<Node> visitor) {
        walk(nodes, visitor);
    }

    /** Visits the given nodes and all their descendants in document order, without recursion. */
    public static void walk(List<Node> roots, Consumer<Node> visitor) {
        Deque<Node> todo = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(roots.get(i));
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            visitor.accept(node);
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    /** Every node of the tree, in document order. */
    public Stream<Node> all() {
        List<Node> all = new ArrayList<>();
        walk(all::add);
        return all.stream();
    }

    /** Every template in the tree, nested ones included, in document order. */
    public Stream<Template> templates() {
        return all().filter(Template.class::isInstance).map(Template.class::cast);
    }

    /** Every wiki link in the tree, in document order. */
    public Stream<WikiLink> links() {
        return all().filter(WikiLink.class::isInstance).map(WikiLink.class::cast);
    }

    /** The lead (level 0, no heading) followed by the top-level sections, each with its subsections. */
    public List<Section> sections() {
        Section lead = new Section(null, 0, new ArrayList<>(), new ArrayList<>());
        Deque<Section> open = new ArrayDeque<>();
        open.push(lead);
        List<Section> top = new ArrayList<>();
        top.add(lead);
        for (Node node : nodes) {
            if (node instanceof Heading h) {
                while (open.size() > 1 && open.peek().level() >= h.level()) {
                    open.pop();
                }
                Section s = new Section(h, h.level(), new ArrayList<>(), new ArrayList<>());
                if (open.size() == 1) {
                    top.add(s);
                } else {
                    open.peek().subsections().add(s);
                }
                open.push(s);
            } else {
                open.peek().body().add(node);
            }
        }
        return top;
    }
}
