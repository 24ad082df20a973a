package org.medkg.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * The languages pages are shown in: simplified Chinese, traditional Chinese and English. Chosen by a
 * {@code ?lang=} switch, else from {@code Accept-Language} (q-values honoured; {@code zh-TW}, {@code zh-HK} and
 * {@code zh-MO} mean traditional, any other {@code zh} simplified), else English.
 */
public enum DisplayLanguage {
    ZH_HANS("zh-Hans", "简体中文", List.of("zh-hans", "zh-cn", "zh-sg", "zh-my", "zh", "zh-hant", "en", "")),
    ZH_HANT("zh-Hant", "繁體中文", List.of("zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh", "zh-hans", "en", "")),
    EN("en", "English", List.of("en", "", "zh-hans", "zh", "zh-hant"));

    private static final List<String> TRADITIONAL_REGIONS = List.of("tw", "hk", "mo", "hant");

    private final String tag;
    private final String nativeName;
    private final List<String> labelPreference;

    DisplayLanguage(String tag, String nativeName, List<String> labelPreference) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.labelPreference = labelPreference;
    }

    /** The BCP 47 tag ({@code zh-Hans}), used in {@code ?lang=} and the page's {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, for the switch. */
    public String nativeName() {
        return nativeName;
    }

    /**
     * Rank of a literal's language tag for this display language: lower is better; tags not listed rank last
     * (but a literal of any language beats none).
     */
    public int rank(String languageTag) {
        int i = labelPreference.indexOf(languageTag.toLowerCase(Locale.ROOT));
        if (i >= 0) {
            return i;
        }
        String primary = languageTag.toLowerCase(Locale.ROOT).split("-")[0];
        int j = labelPreference.indexOf(primary);
        return j >= 0 ? j : labelPreference.size();
    }

    /** The lexical form of the literal whose language tag suits this language best. */
    public Optional<String> best(Collection<Node> literals) {
        return bestLiteral(literals).map(Node::getLiteralLexicalForm);
    }

    /** The literal whose language tag suits this language best (the first of equals). */
    public Optional<Node> bestLiteral(Collection<Node> literals) {
        return literals.stream().filter(Node::isLiteral)
                .min(Comparator.comparingInt(l -> rank(l.getLiteralLanguage())));
    }

    /** The language a {@code ?lang=} value names, or null. */
    public static DisplayLanguage ofTag(String tag) {
        if (tag == null) {
            return null;
        }
        for (DisplayLanguage l : values()) {
            if (l.tag.equalsIgnoreCase(tag.strip())) {
                return l;
            }
        }
        return null;
    }

    /** The page language for a {@code ?lang=} value (may be null) and an {@code Accept-Language} header. */
    public static DisplayLanguage choose(String langParameter, String acceptLanguage) {
        DisplayLanguage chosen = ofTag(langParameter);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage == null) {
            return EN;
        }
        record Range(String tag, double q, int order) { }
        List<Range> ranges = new ArrayList<>();
        String[] parts = acceptLanguage.split(",");
        for (int i = 0; i < parts.length && i < 32; i++) {
            String[] fields = parts[i].strip().split(";");
            double q = 1.0;
            for (int f = 1; f < fields.length; f++) {
                String param = fields[f].strip();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(new Range(fields[0].strip().toLowerCase(Locale.ROOT), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        for (Range r : ranges) {
            DisplayLanguage l = ofRange(r.tag());
            if (l != null) {
                return l;
            }
        }
        return EN;
    }

    private static DisplayLanguage ofRange(String range) {
        String[] subtags = range.split("-");
        if (subtags[0].equals("zh")) {
            for (int i = 1; i < subtags.length; i++) {
                if (TRADITIONAL_REGIONS.contains(subtags[i])) {
                    return ZH_HANT;
                }
            }
            return ZH_HANS;
        }
        return subtags[0].equals("en") ? EN : null;
    }
}
