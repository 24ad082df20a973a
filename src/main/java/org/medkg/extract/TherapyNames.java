package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The therapy lexicon (therapies.tsv): treatments that are not drugs, simplified or lower case. */
final class TherapyNames {
    private static final Map<String, List<String>> THERAPIES = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows("therapies.tsv")) {
            THERAPIES.computeIfAbsent(row[0], k -> new ArrayList<>()).add(
                    row[0].equals("zh") ? ChineseScript.toSimplified(row[1]) : row[1].toLowerCase(Locale.ROOT));
        }
    }

    private TherapyNames() {
    }

    /** The therapies of a language, in the lexicon's order. */
    static List<String> of(String language) {
        return THERAPIES.getOrDefault(language, List.of());
    }

    /** Whether a name (lower case) is a therapy of either language. */
    static boolean isTherapy(String lower) {
        return of("en").contains(lower) || of("zh").contains(ChineseScript.toSimplified(lower));
    }
}
