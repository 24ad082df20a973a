package org.medkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds modes of inheritance (bundled data: {@code inheritance.tsv}, phrases mapped to HPO terms) in
 * sentences about inheritance and in category names. At each place the longest phrase wins ("X連鎖隱性"
 * over "X連鎖"); what follows a contrast cue is about another disease.
 */
final class InheritanceRules {
    private static final Map<String, List<String[]>> PHRASES = new LinkedHashMap<>();

    static {
        for (String[] row : DataFiles.rows("inheritance.tsv")) {
            String phrase = row[1].equals("zh") ? ChineseScript.toSimplified(row[2]).toLowerCase(Locale.ROOT)
                    : row[2].toLowerCase(Locale.ROOT);
            PHRASES.computeIfAbsent(row[1], k -> new ArrayList<>()).add(new String[] {row[0], phrase});
        }
        PHRASES.values().forEach(list -> list.sort((a, b) -> b[1].length() - a[1].length()));
    }

    private final String language;
    private final List<String> diseaseNames;
    private final Map<String, Inheritance> found = new LinkedHashMap<>();

    /** @param diseaseNames the disease's names, which are not statements ("X-linked hypophosphatemia") */
    InheritanceRules(String language, List<String> diseaseNames) {
        this.language = language;
        this.diseaseNames = diseaseNames.stream().map(n -> (language.equals("zh") ? ChineseScript.toSimplified(n) : n)
                .toLowerCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length()).toList();
    }

    List<Inheritance> find(List<Sentence> sentences, List<Category> categories) {
        for (Sentence s : sentences) {
            int end = Lexicon.factEnd(s, language);
            if (GeneRules.isProse(s) && end > 0 && Lexicon.has(s, language, "inherit")) {
                String text = (language.equals("zh") ? s.simplified() : s.text()).toLowerCase(Locale.ROOT);
                match(withoutNames(text.substring(0, Math.min(end, text.length()))), s.evidence());
            }
        }
        for (Category c : categories) {
            String name = c.name().simplified() != null ? c.name().simplified() : c.name().text();
            match(name.toLowerCase(Locale.ROOT), c.name().evidence());
        }
        return new ArrayList<>(found.values());
    }

    private String withoutNames(String text) {
        String t = text;
        for (String name : diseaseNames) {
            t = t.replace(name, " ".repeat(name.length()));
        }
        return t;
    }

    private void match(String text, Evidence at) {
        boolean[] taken = new boolean[text.length()];
        for (String[] p : PHRASES.getOrDefault(language, List.of())) {
            for (int i = text.indexOf(p[1]); i >= 0; i = text.indexOf(p[1], i + 1)) {
                if (free(taken, i, i + p[1].length())) {
                    Arrays.fill(taken, i, i + p[1].length(), true);
                    found.putIfAbsent(p[0], new Inheritance(p[0], at));
                }
            }
        }
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
