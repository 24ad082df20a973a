package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/** A table row ({@code |-} and the cells after it). */
public record TableRow(List<Node> attributes, List<TableCell> cells, Span span) implements Node {

    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>(attributes);
        all.addAll(cells);
        return all;
    }
}
