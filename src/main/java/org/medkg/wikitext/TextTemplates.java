package org.medkg.wikitext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which templates stand for text, and how they render (bundled data: {@code text-templates.tsv}). A format
 * is literal text with {@code {N}} for positional parameter N, {@code {name}} for a named one and
 * {@code {A|B}} for the first of A and B that is not blank.
 */
final class TextTemplates {
    private static final Map<String, List<Object>> FORMATS = new HashMap<>();

    static {
        for (String line : Resources.lines("text-templates.tsv")) {
            int tab = line.indexOf('\t');
            String name = tab < 0 ? line : line.substring(0, tab);
            String format = tab < 0 ? "" : line.substring(tab + 1);
            FORMATS.put(Titles.key(name), compile(format));
        }
    }

    private TextTemplates() {
    }

    /**
     * The pieces a template renders to, in order: Strings (literal text) and node lists (parameter values);
     * empty when the template does not stand for text.
     */
    static List<Object> render(Template t) {
        List<Object> format = FORMATS.get(Titles.key(t.name()));
        if (format == null) {
            return List.of();
        }
        List<Object> pieces = new ArrayList<>(format.size());
        for (Object piece : format) {
            if (piece instanceof String literal) {
                pieces.add(literal);
            } else {
                @SuppressWarnings("unchecked")
                List<String> alternatives = (List<String>) piece;
                for (String key : alternatives) {
                    Optional<Parameter> p = t.parameter(key);
                    if (p.isPresent() && !isBlank(p.get().value())) {
                        pieces.add(p.get().value());
                        break;
                    }
                }
            }
        }
        return pieces;
    }

    private static boolean isBlank(List<Node> nodes) {
        for (Node node : nodes) {
            if (!(node instanceof Comment) && !(node instanceof Text t && t.text().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> compile(String format) {
        List<Object> pieces = new ArrayList<>();
        int i = 0;
        while (i < format.length()) {
            int open = format.indexOf('{', i);
            int close = open < 0 ? -1 : format.indexOf('}', open);
            if (open < 0 || close < 0) {
                pieces.add(format.substring(i));
                break;
            }
            if (open > i) {
                pieces.add(format.substring(i, open));
            }
            pieces.add(List.of(format.substring(open + 1, close).split("\\|")));
            i = close + 1;
        }
        return pieces;
    }
}
