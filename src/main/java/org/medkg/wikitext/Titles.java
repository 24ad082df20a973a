package org.medkg.wikitext;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Page-title rules: namespace aliases and interlanguage prefixes (bundled data: {@code namespaces.tsv},
 * {@code interwiki-languages.txt}) and MediaWiki's title normalisation.
 */
public final class Titles {
    private static final Map<String, String> NAMESPACES = new HashMap<>();
    private static final Set<String> LANGUAGES = new HashSet<>();

    static {
        for (String line : Resources.lines("namespaces.tsv")) {
            String[] f = line.split("\t");
            NAMESPACES.put(key(f[0]), f[1].trim());
        }
        for (String line : Resources.lines("interwiki-languages.txt")) {
            for (String code : line.trim().split("\\s+")) {
                LANGUAGES.add(code);
            }
        }
    }

    private Titles() {
    }

    /** The canonical namespace ("Category", "File", …) for a prefix as written, or null. */
    public static String namespace(String prefix) {
        return NAMESPACES.get(key(prefix));
    }

    /** Whether a prefix is an interlanguage code such as "en" or "zh-yue". */
    public static boolean isLanguage(String prefix) {
        return LANGUAGES.contains(prefix.trim().toLowerCase(Locale.ROOT));
    }

    /** MediaWiki's title form: underscores as spaces, runs of space collapsed, trimmed, first letter upper. */
    public static String normalize(String title) {
        StringBuilder b = new StringBuilder(title.length());
        boolean space = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '_' || Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        if (b.length() > 0 && Character.isLowerCase(b.charAt(0))) {
            b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        }
        return b.toString();
    }

    /** A template name as MediaWiki resolves it: without "Template:" or a subst modifier, normalised. */
    public static String templateName(String raw) {
        String name = raw.trim();
        for (int guard = 0; guard < 3; guard++) {
            int colon = name.indexOf(':');
            if (colon <= 0) {
                break;
            }
            String prefix = name.substring(0, colon).trim();
            if ("Template".equals(namespace(prefix))
                    || Syntax.TRANSCLUSION_MODIFIERS.contains(prefix.toLowerCase(Locale.ROOT))) {
                name = name.substring(colon + 1);
            } else {
                break;
            }
        }
        return normalize(name);
    }

    /** The lookup key of a name in a data list: lower case, underscores as spaces, spaces collapsed. */
    public static String key(String name) {
        return normalize(name).toLowerCase(Locale.ROOT);
    }
}
