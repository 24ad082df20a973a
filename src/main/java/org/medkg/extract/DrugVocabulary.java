package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drug names: English ones from DrugBank's open vocabulary ({@code drugs-en.tsv}: INN, synonyms, brand
 * names → canonical name and DrugBank id), Chinese ones from CC-CEDICT ({@code drugs-zh-cedict.tsv}, paired
 * with the English name) and from THUOCL's medical words that carry an INN stem ({@code drugs-zh-thuocl.tsv});
 * how Chinese names render the INN stems ({@code drug-stems-zh.tsv}); and the names of drug classes
 * ({@code drug-classes.tsv}), which are never one drug. A name found here is a candidate only: the context of
 * the sentence decides whether the article gives it as a treatment.
 */
final class DrugVocabulary {
    /** What a drug name stands for: the canonical English name and DrugBank id (either may be null). */
    record Entry(String canonical, String drugbankId) {
    }

    private static final int SHORTEST_ENGLISH = 4;

    private final TermIndex<Entry> english = new TermIndex<>();
    private final TermIndex<Entry> chinese = new TermIndex<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> notDrugEndings = new ArrayList<>();
    private final List<String> notDrugBeginnings = new ArrayList<>();
    private final Set<String> classes = new HashSet<>();

    DrugVocabulary(Vocabularies.Source source) {
        for (LexiconFile.Row r : source.rows("drugs-en.tsv", 3, 4)) {
            String variant = Fold.of(r.get(0).strip());
            if (variant.length() >= SHORTEST_ENGLISH) {
                english.add(variant, new Entry(r.get(1).strip(), blankToNull(r.get(2))));
            }
        }
        for (LexiconFile.Row r : source.rows("drugs-zh-cedict.tsv", 3, 4)) {
            Entry e = new Entry(r.get(2).strip(), blankToNull(r.get(3)));
            chinese.add(Fold.of(r.get(0).strip()), e);
            chinese.add(Fold.of(r.get(1).strip()), e);
        }
        for (LexiconFile.Row r : source.rows("drug-stems-zh.tsv", 3, 3)) {
            String rendering = Fold.of(r.get(2).strip());
            switch (r.get(0).strip()) {
                case "suffix" -> suffixes.add(rendering);
                case "prefix" -> prefixes.add(rendering);
                case "not_drug_ending" -> notDrugEndings.add(rendering);
                case "not_drug_beginning" -> notDrugBeginnings.add(rendering);
                default -> throw r.problem("kind must be suffix, prefix, not_drug_ending or not_drug_beginning, not "
                        + r.get(0));
            }
        }
        for (LexiconFile.Row r : source.rows("drugs-zh-thuocl.tsv", 2, 3)) {
            String word = Fold.of(r.get(0).strip());
            if (chinese.get(word).isEmpty()) {
                chinese.add(word, new Entry(null, null));
            }
        }
        for (LexiconFile.Row r : source.rows("drug-classes.tsv", 2, 2)) {
            classes.add(Fold.of(r.get(1).strip()));
        }
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    /** Drug names of either language in folded text ({@link Fold}). */
    List<TermIndex.Match<Entry>> namesIn(String folded) {
        List<TermIndex.Match<Entry>> found = new ArrayList<>(english.find(folded, true));
        found.addAll(chinese.find(folded, false));
        return found;
    }

    /** What this name (as written or folded) stands for, or null when the vocabulary does not hold it. */
    Entry lookup(String name) {
        String folded = Fold.of(name.strip());
        List<Entry> e = english.get(folded);
        if (e.isEmpty()) {
            e = chinese.get(folded);
        }
        return e.isEmpty() ? null : e.get(0);
    }

    /** Whether the name is that of a class of drugs (antibiotics, 皮质类固醇), or ends or begins like one. */
    boolean isClass(String name) {
        String folded = Fold.of(name.strip());
        if (classes.contains(folded)) {
            return true;
        }
        if (lookup(name) != null) {
            return false;
        }
        return notDrugEndings.stream().anyMatch(folded::endsWith)
                || notDrugBeginnings.stream().anyMatch(folded::startsWith);
    }

    /** Whether the name is one of the class names of {@code drug-classes.tsv} exactly. */
    boolean isClassName(String name) {
        return classes.contains(Fold.of(name.strip()));
    }

    /** Whether a Chinese word carries the rendering of an INN stem and is long enough for it to count. */
    boolean hasChineseStem(String word) {
        String folded = Fold.of(word.strip());
        if (!ChineseScript.hasHan(folded) || isClass(folded)) {
            return false;
        }
        for (String s : suffixes) {
            if (folded.endsWith(s) && longEnough(folded, s)) {
                return true;
            }
        }
        for (String p : prefixes) {
            if (folded.startsWith(p) && longEnough(folded, p)) {
                return true;
            }
        }
        return false;
    }

    /** Longer than the rendering: by two characters for a one-character one (泼尼松, not 放松), else by one. */
    private static boolean longEnough(String word, String rendering) {
        return word.length() >= rendering.length() + (rendering.length() == 1 ? 2 : 1);
    }
}
