package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.WikiLink;

/**
 * Finds drugs and other therapies: names in sentences that speak of treatment or medicine (links, words
 * with a drug-name ending, a Chinese name followed by its English name in brackets), "see also" entries
 * whose description says they treat the disease, the infobox's medication and treatment parameters, and
 * the non-drug treatments of the therapy lexicon. Sentences that say to avoid something, and what follows
 * a contrast cue, name no therapy.
 */
final class TherapyRules {
    private static final List<String> SUFFIXES = new ArrayList<>();
    private static final Set<String> STOP = new HashSet<>();
    private static final Set<String> PAIR_ENDINGS = new HashSet<>();
    private static final Set<String> CLASS_WORDS = new HashSet<>();
    private static final Map<String, List<String>> THERAPIES = new HashMap<>();
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z-])([A-Za-z][a-z]{3,})(?![A-Za-z-])");
    private static final Pattern LATIN_PAIR = Pattern.compile("(?<![A-Za-z-])([A-Za-z][a-z]{3,} [a-z]{4,})(?![A-Za-z-])");
    private static final Pattern HAN_WITH_ENGLISH = Pattern.compile(
            "([\\p{IsHan}α-ωΑ-Ω]{2,12})\\s*[（(]\\s*(?:英[語语文]\\s*[:：]\\s*)?([A-Za-z][A-Za-z0-9 -]{2,40}?)\\s*[）)]");
    private static final Pattern BRACKETED_ENGLISH = Pattern.compile("^\\s*[（(]\\s*(?:英[語语文]\\s*[:：]\\s*)?([A-Za-z][A-Za-z0-9 -]{2,40})\\s*[）)]");
    private static final Pattern ITEM_SEPARATORS = Pattern.compile("\\s*(?:[,，、;；\\n]|\\band\\b|\\bor\\b|和|或|及)\\s*");

    static {
        for (String[] row : DataFiles.rows("drug-names.tsv")) {
            switch (row[0]) {
                case "suffix" -> SUFFIXES.add(row[1]);
                case "pair" -> PAIR_ENDINGS.add(row[1]);
                case "class" -> CLASS_WORDS.add(row[1]);
                default -> STOP.add(row[1]);
            }
        }
        for (String[] row : DataFiles.rows("therapies.tsv")) {
            THERAPIES.computeIfAbsent(row[0], k -> new ArrayList<>()).add(
                    row[0].equals("zh") ? ChineseScript.toSimplified(row[1]) : row[1].toLowerCase(Locale.ROOT));
        }
    }

    private final String language;
    private final Set<String> notDrugs;
    private final Map<String, Drug> drugs = new LinkedHashMap<>();
    private final Map<String, String> keyByWrittenName = new HashMap<>();
    private final Map<String, Therapy> therapies = new LinkedHashMap<>();

    /** @param notDrugs names known to be something else (genes, proteins, the disease), lower case */
    TherapyRules(String language, Set<String> notDrugs) {
        this.language = language;
        this.notDrugs = notDrugs;
    }

    List<Drug> drugs() {
        return new ArrayList<>(drugs.values());
    }

    List<Therapy> therapies() {
        return new ArrayList<>(therapies.values());
    }

    void find(List<Sentence> sentences, Infobox box) {
        Parameter medication = box.byRole().get("medication");
        if (medication != null) {
            infobox(medication, true);
        }
        Parameter treatment = box.byRole().get("treatment");
        if (treatment != null) {
            infobox(treatment, false);
        }
        for (Sentence s : sentences) {
            boolean treats = Lexicon.has(s, language, "treat") || s.role().equals("treatment");
            boolean medicine = Lexicon.has(s, language, "drug");
            if (Lexicon.has(s, language, "avoid") || !(treats || medicine)) {
                continue;
            }
            if (s.role().equals("see_also")) {
                if (treats && medicine) {
                    seeAlsoEntry(s);
                }
                continue;
            }
            if (!GeneRules.isProse(s)) {
                continue;
            }
            sentence(s, medicine);
            therapiesIn(s);
        }
    }

    private void sentence(Sentence s, boolean medicine) {
        int contrast = Lexicon.indexOf(s, language, "contrast", 0);
        for (Sentence.Anchor a : s.anchors()) {
            int at = s.text().indexOf(a.shown());
            if (a.template() || at < 0 || contrast >= 0 && at > contrast) {
                continue;
            }
            String english = englishAfter(s.text(), at + a.shown().length());
            String latinTarget = isLatin(a.target()) ? a.target() : null;
            String englishName = english != null ? english : latinTarget;
            boolean named = hasDrugEnding(a.shown()) || hasDrugEnding(a.target())
                    || english != null && hasDrugEnding(english);
            boolean cued = drugWordBefore(s, at);
            boolean translated = language.equals("zh") && english != null && !english.contains(" ")
                    && (medicine || s.role().equals("treatment"));
            if (named || cued || translated) {
                addDrug(a.shown(), englishName, s.evidence());
            }
        }
        if (language.equals("zh")) {
            Matcher h = HAN_WITH_ENGLISH.matcher(s.text());
            while (h.find()) {
                if ((contrast < 0 || h.start() < contrast) && (hasDrugEnding(h.group(2))
                        || !h.group(2).contains(" ") && (medicine || s.role().equals("treatment")))) {
                    addDrug(trimHan(h.group(1)), h.group(2), s.evidence());
                }
            }
        }
        Matcher pair = LATIN_PAIR.matcher(s.text());
        while (pair.find()) {
            if ((contrast < 0 || pair.start() < contrast) && isPairName(pair.group(1))) {
                addDrug(pair.group(1), pair.group(1), s.evidence());
            }
        }
        Matcher m = LATIN_WORD.matcher(s.text());
        String previous = "";
        while (m.find()) {
            String word = m.group(1);
            if ((contrast < 0 || m.start() < contrast) && hasDrugEnding(word) && !aliasInBrackets(s.text(), m.start())) {
                String name = isGeneTherapyStem(previous) ? previous + " " + word : word;
                addDrug(name, name, s.evidence());
            }
            previous = word;
        }
    }

    /** The first word of a gene therapy's two-word name ends in the INN stem "-gene" ("onasemnogene"). */
    private static boolean isGeneTherapyStem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 6 && w.endsWith("gene");
    }

    /** A name in brackets right after another name ("hydroxyurea (hydroxycarbamide)") is that drug's alias. */
    private static boolean aliasInBrackets(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '(' || text.charAt(k) == '（')
                && (k == 0 || text.charAt(k - 1) != ' ' || k >= 2 && Character.isLetter(text.charAt(k - 2)));
    }

    /** A Chinese drug name without the words before it that are not part of it. */
    private String trimHan(String run) {
        int cut = 0;
        for (String b : Lexicon.terms("zh", "drug_boundary")) {
            for (String form : List.of(b, ChineseScript.toTraditional(b))) {
                int i = run.lastIndexOf(form);
                if (i >= 0 && i + form.length() > cut && i + form.length() < run.length() - 1) {
                    cut = i + form.length();
                }
            }
        }
        return run.substring(cut);
    }

    /** Whether a drug word stands just before offset {@code at} ("the drug [[X]]", "药物X"). */
    private boolean drugWordBefore(Sentence s, int at) {
        String text = language.equals("zh") ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        int from = Math.max(0, at - (language.equals("zh") ? 4 : 12));
        String before = text.substring(from, Math.min(at, text.length()));
        for (String cue : Lexicon.terms(language, "drug")) {
            int i = Lexicon.find(before, cue, 0, language.equals("en"));
            if (i >= 0 && before.substring(i + cue.length()).matches("\\s*(?:the|a|an)?\\s*")) {
                return true;
            }
        }
        return false;
    }

    private void seeAlsoEntry(Sentence s) {
        for (Sentence.Anchor a : s.anchors()) {
            if (!a.template() && s.text().strip().startsWith(a.shown())) {
                addDrug(a.shown(), isLatin(a.target()) ? a.target() : englishAfter(s.text(), a.shown().length()),
                        s.evidence());
            }
        }
    }

    private void therapiesIn(Sentence s) {
        String text = language.equals("zh") ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        for (String t : THERAPIES.getOrDefault(language, List.of())) {
            int i = Lexicon.find(text, t, 0, language.equals("en"));
            if (i >= 0 && i + t.length() <= s.text().length()) {
                String written = s.text().substring(i, i + t.length());
                therapies.putIfAbsent(t, new Therapy(Label.of(written, language, s.evidence()), s.evidence()));
            }
        }
    }

    private void infobox(Parameter p, boolean medication) {
        Evidence at = p.value().isEmpty() ? null : Evidence.at(p.value().get(0), "");
        for (Node n : p.value()) {
            if (n instanceof WikiLink l && !l.isFile() && !l.isCategory() && medication) {
                String shown = PlainText.line(List.of(n));
                addDrug(shown, isLatin(l.target()) ? l.target() : null, at);
            }
        }
        for (String item : ITEM_SEPARATORS.split(PlainText.of(p.value()))) {
            String name = PlainText.collapse(item).replaceAll("[。.]$", "");
            if (name.isEmpty() || name.length() > 40) {
                continue;
            }
            String key = language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
            if (THERAPIES.getOrDefault(language, List.of()).contains(key)) {
                therapies.putIfAbsent(key, new Therapy(Label.of(name, language, at), at));
            } else if (medication || hasDrugEnding(name)) {
                addDrug(name, isLatin(name) ? name : null, at);
            }
        }
    }

    private void addDrug(String shown, String english, Evidence at) {
        String name = shown.strip();
        String written = language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
        String key = (english != null ? english : name).toLowerCase(Locale.ROOT).strip();
        if (name.isEmpty() || !isDrugName(name) || !isDrugName(key)) {
            return;
        }
        String known = keyByWrittenName.get(written);
        if (known != null && english == null) {
            return;
        }
        if (known != null && !known.equals(key) && drugs.get(known).englishName() == null) {
            Drug upgraded = drugs.remove(known);
            drugs.putIfAbsent(key, new Drug(upgraded.name(), english, upgraded.evidence()));
        } else {
            drugs.putIfAbsent(key, new Drug(Label.of(name, language, at), english, at));
        }
        keyByWrittenName.put(written, key);
        keyByWrittenName.putIfAbsent(key, key);
    }

    /** Not a gene, protein or disease name, a therapy, a stop word, nor the name of a class of drugs. */
    private boolean isDrugName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return !STOP.contains(lower) && !notDrugs.contains(lower) && !GeneRules.isSymbol(name.strip())
                && !CLASS_WORDS.contains(last) && !THERAPIES.getOrDefault("en", List.of()).contains(lower)
                && !THERAPIES.getOrDefault("zh", List.of()).contains(ChineseScript.toSimplified(lower));
    }

    private static String englishAfter(String text, int from) {
        if (from > text.length()) {
            return null;
        }
        Matcher m = BRACKETED_ENGLISH.matcher(text.substring(from));
        return m.find() ? m.group(1).strip() : null;
    }

    private static boolean isLatin(String s) {
        return s != null && s.matches("[A-Za-z][A-Za-z0-9 '-]*");
    }

    private static boolean hasDrugEnding(String word) {
        if (word == null || !isLatin(word) || word.length() < 6) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT).strip();
        int space = w.lastIndexOf(' ');
        String last = space < 0 ? w : w.substring(space + 1);
        if (STOP.contains(last) || CLASS_WORDS.contains(last)) {
            return false;
        }
        return isPairName(w) || SUFFIXES.stream().anyMatch(last::endsWith);
    }

    /** A two-word name whose last word marks a drug ("dornase alfa", "tranexamic acid", "ferrous sulfate"). */
    private static boolean isPairName(String name) {
        String w = name.toLowerCase(Locale.ROOT).strip();
        int space = w.indexOf(' ');
        if (space < 0 || space != w.lastIndexOf(' ')) {
            return false;
        }
        String first = w.substring(0, space);
        String last = w.substring(space + 1);
        return PAIR_ENDINGS.contains(last) && !STOP.contains(first) && (!last.equals("acid") || first.endsWith("ic"));
    }
}
