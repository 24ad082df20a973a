package org.medkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.WikiLink;

/**
 * Finds modes of inheritance (bundled data: {@code inheritance.tsv}, phrases mapped to HPO terms) in
 * sentences about inheritance, in the infobox's causes field, in category names and in the names of
 * navigation boxes ("X-linked disorders"). A phrase of five characters or more speaks for itself ("常染色体显性"); a shorter one counts in a
 * sentence with an inheritance cue. A link's target is read before the text it shows, in every language, so
 * "{{le|X性聯遺傳|X-linked dominant inheritance}}" is the more precise term. At each place the longest phrase
 * wins ("X連鎖隱性" over "X連鎖"); what follows a contrast cue, and a sentence that speaks of another
 * disease ({@link OtherDiseases}), are about another disease.
 */
final class InheritanceRules {
    private static final Map<String, List<String[]>> PHRASES = new LinkedHashMap<>();
    private static final int SELF_EVIDENT = 5;

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
    private final OtherDiseases others;
    private final Map<String, Inheritance> found = new LinkedHashMap<>();

    /** @param diseaseNames the disease's names, which are not statements ("X-linked hypophosphatemia") */
    InheritanceRules(String language, List<String> diseaseNames) {
        this.language = language;
        this.others = new OtherDiseases(language, java.util.Set.copyOf(diseaseNames));
        this.diseaseNames = diseaseNames.stream().map(n -> (language.equals("zh") ? ChineseScript.toSimplified(n) : n)
                .toLowerCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length()).toList();
    }

    List<Inheritance> find(List<Sentence> sentences, Infobox box, List<Category> categories,
                           List<Template> navigationBoxes) {
        Parameter causes = box.byRole().get("causes");
        if (causes != null) {
            Evidence at = Evidence.at(causes.value().get(0), "");
            match(language, ChineseScript.toSimplified(PlainText.line(causes.value())).toLowerCase(Locale.ROOT), true, at);
            for (Node n : causes.value()) {
                if (n instanceof WikiLink l) {
                    matchAnyLanguage(l.target(), true, at);
                }
            }
        }
        for (Sentence s : sentences) {
            int end = Lexicon.factEnd(s, language);
            if (!GeneRules.isProse(s) || end == 0 || others.spokenOf(s)) {
                continue;
            }
            boolean cued = Lexicon.has(s, language, "inherit");
            String text = (language.equals("zh") ? s.simplified() : s.text()).toLowerCase(Locale.ROOT);
            text = text.substring(0, Math.min(end, text.length()));
            for (Sentence.Anchor a : s.anchors()) {
                int at = s.text().indexOf(a.shown());
                if (a.linking() && !a.target().equals(a.shown()) && at >= 0 && at < text.length()
                        && matchAnyLanguage(a.target(), cued, s.evidence())) {
                    text = text.substring(0, at) + " ".repeat(Math.min(a.shown().length(), text.length() - at))
                            + text.substring(Math.min(text.length(), at + a.shown().length()));
                }
            }
            match(language, withoutNames(text), cued, s.evidence());
        }
        for (Category c : categories) {
            String name = c.name().simplified() != null ? c.name().simplified() : c.name().text();
            match(language, name.toLowerCase(Locale.ROOT), true, c.name().evidence());
        }
        for (Template navigation : navigationBoxes) {
            matchAnyLanguage(navigation.name(), true, Evidence.at(navigation, ""));
        }
        return new ArrayList<>(found.values());
    }

    /** Matches a link target or template name in every language's phrases; whether any matched. */
    private boolean matchAnyLanguage(String name, boolean cued, Evidence at) {
        int before = found.size();
        String text = ChineseScript.toSimplified(name).toLowerCase(Locale.ROOT);
        boolean any = false;
        for (String language : PHRASES.keySet()) {
            any |= match(language, text, cued, at);
        }
        return any || found.size() > before;
    }

    private String withoutNames(String text) {
        String t = text;
        for (String name : diseaseNames) {
            t = t.replace(name, " ".repeat(name.length()));
        }
        return t;
    }

    /** Matches the phrases of one language in text; whether any matched. */
    private boolean match(String language, String text, boolean cued, Evidence at) {
        boolean[] taken = new boolean[text.length()];
        boolean any = false;
        for (String[] p : PHRASES.getOrDefault(language, List.of())) {
            if (!cued && p[1].length() < SELF_EVIDENT) {
                continue;
            }
            for (int i = text.indexOf(p[1]); i >= 0; i = text.indexOf(p[1], i + 1)) {
                if (free(taken, i, i + p[1].length())) {
                    Arrays.fill(taken, i, i + p[1].length(), true);
                    found.putIfAbsent(p[0], new Inheritance(p[0], at));
                    any = true;
                }
            }
        }
        return any;
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
