package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/** A table cell: data ({@code |}), header ({@code !}) or caption ({@code |+}). */
public record TableCell(Kind kind, List<Node> attributes, List<Node> content, Span span) implements Node {

    /** What sort of cell. */
    public enum Kind { DATA, HEADER, CAPTION }

    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>(attributes);
        all.addAll(content);
        return all;
    }
}
