package org.medkg.wikitext;

import java.util.List;

/**
 * One parameter of a template: named ({@code |key = value}) or positional ({@code |value}). Positional
 * parameters are numbered from 1 in the order they appear; a named parameter has position 0.
 */
public record Parameter(String name, int position, List<Node> nameNodes, List<Node> value, Span span) {

    public boolean isNamed() {
        return name != null;
    }

    /** The key by which this parameter is looked up: its name, or its position as text. */
    public String key() {
        return name != null ? name : Integer.toString(position);
    }
}
