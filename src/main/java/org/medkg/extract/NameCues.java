package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Lead-sentence patterns that give English names, abbreviations and synonyms (data: {@code name-cues.tsv}). */
final class NameCues {
    /** One cue: the language it applies to, the kind of name, and a pattern with a group "name". */
    record Cue(String language, String kind, Pattern pattern) {
    }

    private static final List<Cue> CUES = new ArrayList<>();

    static {
        for (String[] row : DataFiles.rows("name-cues.tsv")) {
            CUES.add(new Cue(row[0], row[1], Pattern.compile(row[2])));
        }
    }

    private NameCues() {
    }

    static List<Cue> forLanguage(String language) {
        return CUES.stream().filter(c -> c.language().equals(language)).toList();
    }
}
