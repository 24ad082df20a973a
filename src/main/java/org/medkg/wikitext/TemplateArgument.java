package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;

/** A template argument {@code {{{name|default}}}}; the default is null when absent. */
public record TemplateArgument(List<Node> name, List<Node> defaultValue, Span span) implements Node {

    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>(name);
        if (defaultValue != null) {
            all.addAll(defaultValue);
        }
        return all;
    }
}
