package org.medkg.wikitext;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Parses the attribute part of an HTML or extension tag: {@code name="a b" group=x flag}. */
final class TagAttributes {

    private TagAttributes() {
    }

    static Map<String, String> parse(CharSequence s, int from, int to) {
        Map<String, String> attrs = null;
        int i = from;
        while (i < to) {
            while (i < to && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < to && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != '/') {
                i++;
            }
            if (i == nameStart) {
                break;
            }
            String name = s.subSequence(nameStart, i).toString().toLowerCase(Locale.ROOT);
            while (i < to && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < to && s.charAt(i) == '=') {
                i++;
                while (i < to && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i < to && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                    char quote = s.charAt(i++);
                    int valueStart = i;
                    while (i < to && s.charAt(i) != quote) {
                        i++;
                    }
                    value = s.subSequence(valueStart, i).toString();
                    i = Math.min(i + 1, to);
                } else {
                    int valueStart = i;
                    while (i < to && !Character.isWhitespace(s.charAt(i))) {
                        i++;
                    }
                    value = s.subSequence(valueStart, i).toString();
                    if (value.endsWith("/") && i == to) {
                        value = value.substring(0, value.length() - 1);
                    }
                }
            }
            if (attrs == null) {
                attrs = new LinkedHashMap<>();
            }
            attrs.put(name, value.trim());
        }
        return attrs == null ? Map.of() : Collections.unmodifiableMap(attrs);
    }
}
