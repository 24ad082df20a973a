package org.medkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drugs a treatment sentence names by themselves: links and their English names shown to be drugs (a
 * drug's ending, the vocabulary, a Chinese stem, a drug word or dose or dosage form with them, a Chinese name
 * translated), Chinese names with an English name in brackets, Latin names with a drug's ending, names of the
 * vocabulary, Chinese names with an INN stem, and radioisotopes.
 */
record DrugMentions(DrugNames names, DrugRegister register) {
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z-])([A-Za-z][a-z]{3,})(?![A-Za-z-])");
    private static final Pattern LATIN_PAIR = Pattern.compile("(?<![A-Za-z-])([A-Za-z][a-z]{3,} [a-z]{4,})(?![A-Za-z-])");
    private static final Pattern HAN_WITH_ENGLISH = Pattern.compile(
            "([\\p{IsHan}α-ωΑ-Ω]{2,12})\\s*[（(]\\s*(?:英[語语文]\\s*[:：]\\s*)?([A-Za-z][A-Za-z0-9 -]{2,40}?)\\s*[）)]");
    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}]{2,16}");

    /** The links, bracketed English names and Latin names of the sentence that show themselves drugs. */
    void anchored(Sentence s, boolean medicine, Clauses clauses) {
        boolean treatmentSection = s.role().equals("treatment");
        for (Sentence.Anchor a : s.anchors()) {
            int at = s.text().indexOf(a.shown());
            if (a.template() && !a.linking() || at < 0 || !clauses.open(at)) {
                continue;
            }
            String english = DrugNameShapes.englishAfter(s.text(), at + a.shown().length());
            DrugVocabulary.Entry known = names.known(a.shown(), a.target());
            String latinTarget = DrugNameShapes.isLatin(a.target()) ? a.target() : null;
            String englishName = english != null ? english : known != null && known.canonical() != null
                    ? known.canonical() : latinTarget;
            boolean named = DrugNameShapes.hasDrugEnding(a.shown()) || DrugNameShapes.hasDrugEnding(a.target())
                    || english != null && DrugNameShapes.hasDrugEnding(english) || known != null
                    || names.hasChineseStem(a.shown()) || names.hasChineseStem(a.target());
            boolean cued = names.drugWordBefore(s, at) || DrugNameShapes.doseAfter(s.text(), at + a.shown().length())
                    || names.isPreparation(a.shown()) || names.isPreparation(a.target())
                    || names.dosageFormAfter(s, at + a.shown().length());
            boolean translated = names.isChinese() && english != null && !english.contains(" ")
                    && (medicine || treatmentSection);
            boolean added = (named || cued || translated) && register.add(a.shown(), englishName, s.evidence());
            if (!added && a.linking() && !a.template() && !names.vocabulary().isClass(a.shown())
                    && register.isDrugName(a.shown())) {
                register.linkCandidate(a.shown(), new PageLink(names.language(), a.target(), s.evidence()));
            }
        }
        if (names.isChinese()) {
            Matcher h = HAN_WITH_ENGLISH.matcher(s.text());
            while (h.find()) {
                DrugVocabulary.Entry english = names.known(h.group(2), null);
                if (clauses.open(h.start()) && (DrugNameShapes.hasDrugEnding(h.group(2)) || english != null)) {
                    register.add(names.chineseName(h.group(1)), english != null && english.canonical() != null
                            ? english.canonical() : h.group(2), s.evidence());
                }
            }
        }
        Matcher pair = LATIN_PAIR.matcher(s.text());
        while (pair.find()) {
            if (clauses.open(pair.start()) && DrugNameShapes.isPairName(pair.group(1))) {
                register.add(pair.group(1), pair.group(1), s.evidence());
            }
        }
        Matcher m = LATIN_WORD.matcher(s.text());
        String previous = "";
        while (m.find()) {
            String word = m.group(1);
            if (clauses.open(m.start()) && DrugNameShapes.hasDrugEnding(word)
                    && !DrugNameShapes.aliasInBrackets(s.text(), m.start())) {
                String name = DrugNameShapes.isGeneTherapyStem(previous) ? previous + " " + word : word;
                register.add(name, name, s.evidence());
            }
            previous = word;
        }
    }

    /**
     * Names of the drug vocabulary written in the sentence: not inside a link (judged as one), nor of a
     * single character; a salt's or a compound's prefix before one is part of the name ("盐酸二甲双胍").
     */
    void vocabularyNames(Sentence s, Clauses clauses) {
        DrugVocabulary vocabulary = names.vocabulary();
        String folded = Fold.of(s.text());
        boolean[] linked = DrugNameShapes.linkedText(s);
        for (TermIndex.Match<DrugVocabulary.Entry> m : vocabulary.namesIn(folded)) {
            int start = m.start() - names.saltPrefix(folded.substring(0, m.start()));
            String written = s.text().substring(start, m.end());
            if (!clauses.open(start) || m.end() - m.start() < 2 || linked[start] || linked[m.end() - 1]
                    || vocabulary.isClass(written) || DrugNameShapes.partOfLongerName(s.text(), start)) {
                continue;
            }
            DrugVocabulary.Entry e = m.values().get(0);
            register.add(written, e.canonical(), s.evidence());
        }
    }

    /** Chinese names the vocabulary lacks that end (or begin) with an INN stem's rendering ("噻吗洛尔"). */
    void chineseStemNames(Sentence s, Clauses clauses) {
        boolean[] linked = DrugNameShapes.linkedText(s);
        Matcher run = HAN_RUN.matcher(s.text());
        while (run.find()) {
            String name = names.chineseName(run.group());
            int at = run.end() - name.length();
            if (clauses.open(at) && !linked[at] && names.hasChineseStem(name)) {
                register.add(name, null, s.evidence());
            }
        }
    }

    /** Radioisotopes ({@link DrugIsotopes}: "碘-131", "131I"). */
    void radioisotopes(Sentence s, Clauses clauses) {
        for (DrugIsotopes.Found f : DrugIsotopes.in(s.text())) {
            if (clauses.open(f.start())) {
                register.add(f.written(), f.english(), s.evidence());
            }
        }
    }
}
