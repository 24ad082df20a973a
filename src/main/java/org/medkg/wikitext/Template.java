package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A template transclusion {@code {{name|p1|key=value}}}. The {@link #name()} is normalised (no
 * {@code Template:} prefix, underscores as spaces, single spaces, first letter upper case).
 */
public record Template(String name, List<Node> nameNodes, List<Parameter> parameters, Span span) implements Node {

    /** The parameter with this key (a name, or a position such as "1"); the last one wins, as in MediaWiki. */
    public Optional<Parameter> parameter(String key) {
        for (int i = parameters.size() - 1; i >= 0; i--) {
            if (parameters.get(i).key().equals(key)) {
                return Optional.of(parameters.get(i));
            }
        }
        return Optional.empty();
    }

    /** The value of positional parameter {@code n} (1-based), or of a parameter explicitly named {@code n}. */
    public Optional<List<Node>> positional(int n) {
        return parameter(Integer.toString(n)).map(Parameter::value);
    }

    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>(nameNodes);
        for (Parameter p : parameters) {
            all.addAll(p.nameNodes());
            all.addAll(p.value());
        }
        return all;
    }
}
