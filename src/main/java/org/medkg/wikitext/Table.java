package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/** A table {@code {| … |}} with its attributes and rows (the caption, if any, is a cell of the first row). */
public record Table(List<Node> attributes, List<TableRow> rows, Span span) implements Node {

    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>(attributes);
        all.addAll(rows);
        return all;
    }
}
