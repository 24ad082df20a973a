package org.medkg.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One classification system of the registry ({@code ontology/coding-systems.ttl}): its name, how its codes
 * are written in infoboxes and templates, how a value is normalised and checked, and how it resolves.
 */
public record CodingSystem(String name, String iri, Set<String> parameters, List<String> composites,
                           List<TemplateRule> templates, List<Rewrite> rewrites, Pattern valuePattern,
                           boolean hierarchical, List<Resolver> resolvers) {

    /** A template that writes one code: its name key and the format of the value from its arguments. */
    public record TemplateRule(String nameKey, String format) {
    }

    /** A normalising rewrite, applied as {@code pattern.matcher(value).replaceAll(replacement)}. */
    public record Rewrite(Pattern pattern, String replacement) {
    }

    /** An IRI template for values matching {@code when} (null: any value). */
    public record Resolver(Pattern when, String iriTemplate) {
    }

    /** The value after the registry's rewrites (and trimming). */
    public String normalize(String raw) {
        String value = raw.strip();
        for (Rewrite r : rewrites) {
            value = r.pattern().matcher(value).replaceAll(r.replacement());
        }
        return value.strip();
    }

    public boolean accepts(String normalized) {
        return !normalized.isEmpty() && valuePattern.matcher(normalized).matches();
    }

    /** The resolver IRI of a normalised value, or null when no resolver applies. */
    public String resolve(String value) {
        for (Resolver r : resolvers) {
            Matcher m = r.when() == null ? null : r.when().matcher(value);
            if (m != null && !m.matches()) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            String t = r.iriTemplate();
            int i = 0;
            while (i < t.length()) {
                int open = t.indexOf('{', i);
                int close = open < 0 ? -1 : t.indexOf('}', open);
                if (open < 0 || close < 0) {
                    b.append(t, i, t.length());
                    break;
                }
                b.append(t, i, open);
                String key = t.substring(open + 1, close);
                String part = key.equals("value") ? value : m == null ? "" : group(m, key);
                b.append(encode(part));
                i = close + 1;
            }
            return b.toString();
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Percent-encodes UTF-8, keeping A-Z a-z 0-9 - . _ ~ : @ / as the registry documents. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~:@/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /** The comparison key of a parameter or template name: lower case, without spaces, '_' and '-'. */
    public static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
