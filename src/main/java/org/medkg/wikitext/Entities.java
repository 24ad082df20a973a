package org.medkg.wikitext;

import java.util.HashMap;
import java.util.Map;

/** Decodes HTML character references: numeric ones, and the named ones in {@code html-entities.tsv}. */
final class Entities {
    private static final Map<String, String> NAMED = new HashMap<>();

    static {
        for (String line : Resources.lines("html-entities.tsv")) {
            String[] f = line.split("\t");
            NAMED.put(f[0], new String(Character.toChars(Integer.parseInt(f[1], 16))));
        }
    }

    private Entities() {
    }

    /** The text that {@code &body;} stands for, or null when it is not a character reference. */
    static String decode(String body) {
        if (body.startsWith("#")) {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(body);
    }
}
