package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cue words for prose facts, per language and kind (bundled data: {@code prose-lexicon.tsv}). Chinese
 * terms are held in simplified script and matched against a sentence's simplified form; English terms
 * ignoring case, on word boundaries.
 */
final class Lexicon {
    private static final Map<String, List<String>> TERMS = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows("prose-lexicon.tsv")) {
            String term = row[0].equals("zh") ? ChineseScript.toSimplified(row[2]) : row[2].toLowerCase(Locale.ROOT);
            TERMS.computeIfAbsent(row[0] + "/" + row[1], k -> new ArrayList<>()).add(term);
        }
    }

    private Lexicon() {
    }

    static List<String> terms(String language, String kind) {
        return TERMS.getOrDefault(language + "/" + kind, List.of());
    }

    /** Whether the sentence holds a term of this kind. */
    static boolean has(Sentence s, String language, String kind) {
        return indexOf(s, language, kind, 0) >= 0;
    }

    /** The first offset at or after {@code from} where a term of this kind starts in the sentence, or -1. */
    static int indexOf(Sentence s, String language, String kind, int from) {
        String text = language.equals("zh") ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        int best = -1;
        for (String term : terms(language, kind)) {
            int i = find(text, term, from, language.equals("en"));
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Where the part of a sentence that speaks of this disease ends: 0 when the whole sentence is about
     * another one (a comparison, a differential diagnosis), the offset of an "unlike"-like cue, else its length.
     */
    static int factEnd(Sentence s, String language) {
        if (has(s, language, "contrast")) {
            return 0;
        }
        int after = indexOf(s, language, "contrast_after", 0);
        return after < 0 ? s.text().length() : after;
    }

    static int find(String text, String term, int from, boolean words) {
        for (int i = text.indexOf(term, from); i >= 0; i = text.indexOf(term, i + 1)) {
            if (!words || boundary(text, i - 1) && boundary(text, i + term.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
