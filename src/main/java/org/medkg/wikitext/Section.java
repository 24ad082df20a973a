package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of an article: its heading (null for the lead), level (0 for the lead), the top-level nodes
 * between its heading and the next heading, and its subsections.
 */
public record Section(Heading heading, int level, List<Node> body, List<Section> subsections) {

    /** The heading's plain text, or "" for the lead. */
    public String title() {
        return heading == null ? "" : PlainText.of(heading.title()).trim();
    }

    /** The body of this section followed by the bodies of all its subsections, in document order. */
    public List<Node> allNodes() {
        List<Node> all = new ArrayList<>();
        List<Section> todo = new ArrayList<>();
        todo.add(this);
        while (!todo.isEmpty()) {
            Section s = todo.remove(todo.size() - 1);
            if (s != this) {
                all.add(s.heading);
            }
            all.addAll(s.body);
            for (int i = s.subsections.size() - 1; i >= 0; i--) {
                todo.add(s.subsections.get(i));
            }
        }
        return all;
    }
}
