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
 * Finds drugs and other therapies. A drug is a name the text gives in a treatment context (a treatment
 * section, or a sentence that speaks of treating or of medicine) and that shows itself to be a drug: a name of
 * the drug vocabulary ({@link DrugVocabulary}, as written or as a link's target), a Chinese name carrying an
 * INN stem's rendering, an English word with an INN ending, a name followed by a dose, a Chinese name followed
 * by its English name in brackets, or an item of a list a drug cue opens ("代表药物：…"). The infobox's
 * medication and treatment parameters, and "see also" entries said to treat the disease, count too; the
 * therapy lexicon names treatments that are not drugs. No drug comes from a clause that says to avoid it or
 * calls it ineffective, says it brings the disease on, or follows a contrast cue; classes of drugs are never
 * drugs.
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
    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}]{2,16}");
    private static final Pattern DOSE = Pattern.compile(
            "\\s*[（(]?\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:(?:到|至|-|–|~|～)\\s*[0-9]+(?:\\.[0-9]+)?\\s*)?"
                    + "(?:毫克|微克|克|毫升|國際單位|国际单位|单位|單位|mg|g|μg|mcg|ml|mL|IU|units?)(?![A-Za-z])");
    /** Sections that never give a treatment of the disease. */
    private static final Set<String> NO_DRUGS = Set.of("history", "prevention", "epidemiology", "research",
            "diagnosis", "differential", "further_reading", "external_links", "references");
    /** Sections that give a treatment only in a sentence that speaks of treating. */
    private static final Set<String> CUED_DRUGS = Set.of("cause", "genetics", "symptoms", "classification");
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
    private final Set<String> diseaseNames;
    private final DrugVocabulary vocabulary;
    /** The drugs found, by their name as written (simplified, lower case); names of one drug share its IRI. */
    private final Map<String, Drug> drugs = new LinkedHashMap<>();
    private final Map<String, Therapy> therapies = new LinkedHashMap<>();

    /**
     * @param notDrugs names known to be something else (genes, proteins, the disease), lower case
     * @param diseaseNames the disease's names as written
     */
    TherapyRules(String language, Set<String> notDrugs, Set<String> diseaseNames, DrugVocabulary vocabulary) {
        this.language = language;
        this.notDrugs = notDrugs;
        this.diseaseNames = diseaseNames;
        this.vocabulary = vocabulary;
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
            if (!(treats || medicine) || NO_DRUGS.contains(s.role())
                    || CUED_DRUGS.contains(s.role()) && !Lexicon.has(s, language, "treat")) {
                continue;
            }
            if (s.role().equals("see_also")) {
                if (treats && medicine && !Lexicon.has(s, language, "avoid")) {
                    seeAlsoEntry(s);
                }
                continue;
            }
            if (!GeneRules.isProse(s)) {
                continue;
            }
            Clauses clauses = new Clauses(s, language, diseaseNames);
            sentence(s, medicine, clauses);
            vocabularyNames(s, clauses);
            if (language.equals("zh")) {
                chineseStemNames(s, clauses);
            }
            listedAfterCue(s, clauses);
            therapiesIn(s);
        }
    }

    private void sentence(Sentence s, boolean medicine, Clauses clauses) {
        boolean treatmentSection = s.role().equals("treatment");
        for (Sentence.Anchor a : s.anchors()) {
            int at = s.text().indexOf(a.shown());
            if (a.template() && !a.linking() || at < 0 || !clauses.open(at)) {
                continue;
            }
            String english = englishAfter(s.text(), at + a.shown().length());
            DrugVocabulary.Entry known = known(a.shown(), a.target());
            String latinTarget = isLatin(a.target()) ? a.target() : null;
            String englishName = english != null ? english : known != null && known.canonical() != null
                    ? known.canonical() : latinTarget;
            boolean named = hasDrugEnding(a.shown()) || hasDrugEnding(a.target())
                    || english != null && hasDrugEnding(english) || known != null
                    || vocabulary.hasChineseStem(a.shown()) || vocabulary.hasChineseStem(a.target());
            boolean cued = drugWordBefore(s, at) || doseAfter(s.text(), at + a.shown().length());
            boolean translated = language.equals("zh") && english != null && !english.contains(" ")
                    && (medicine || treatmentSection);
            if (named || cued || translated) {
                addDrug(a.shown(), englishName, s.evidence());
            }
        }
        if (language.equals("zh")) {
            Matcher h = HAN_WITH_ENGLISH.matcher(s.text());
            while (h.find()) {
                DrugVocabulary.Entry english = known(h.group(2), null);
                if (clauses.open(h.start()) && (hasDrugEnding(h.group(2)) || english != null)) {
                    addDrug(chineseName(h.group(1)), english != null && english.canonical() != null
                            ? english.canonical() : h.group(2), s.evidence());
                }
            }
        }
        Matcher pair = LATIN_PAIR.matcher(s.text());
        while (pair.find()) {
            if (clauses.open(pair.start()) && isPairName(pair.group(1))) {
                addDrug(pair.group(1), pair.group(1), s.evidence());
            }
        }
        Matcher m = LATIN_WORD.matcher(s.text());
        String previous = "";
        while (m.find()) {
            String word = m.group(1);
            if (clauses.open(m.start()) && hasDrugEnding(word) && !aliasInBrackets(s.text(), m.start())) {
                String name = isGeneTherapyStem(previous) ? previous + " " + word : word;
                addDrug(name, name, s.evidence());
            }
            previous = word;
        }
    }

    /**
     * Names of the drug vocabulary written in the sentence: not inside a link (judged as one), nor of a
     * single character.
     */
    private void vocabularyNames(Sentence s, Clauses clauses) {
        String folded = Fold.of(s.text());
        boolean[] linked = linkedText(s);
        for (TermIndex.Match<DrugVocabulary.Entry> m : vocabulary.namesIn(folded)) {
            String written = s.text().substring(m.start(), m.end());
            if (!clauses.open(m.start()) || m.end() - m.start() < 2 || linked[m.start()] || linked[m.end() - 1]
                    || vocabulary.isClass(written) || partOfLongerName(s.text(), m.start())) {
                continue;
            }
            DrugVocabulary.Entry e = m.values().get(0);
            addDrug(written, e.canonical(), s.evidence());
        }
    }

    /**
     * A name that is the second half of a compound ("anti-estrogen", "抗组织胺", "氯奎寧") names no drug by itself:
     * one after a hyphen, or after a character that begins Chinese chemical and antagonist names.
     */
    private static boolean partOfLongerName(String text, int at) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        return before == '-' || Lexicon.terms("zh", "name_prefix").contains(ChineseScript.toSimplified(
                String.valueOf(before)));
    }

    /** For each character of the sentence, whether it is shown by a link. */
    private static boolean[] linkedText(Sentence s) {
        boolean[] linked = new boolean[s.text().length() + 1];
        for (Sentence.Anchor a : s.anchors()) {
            int at = a.linking() && !a.shown().isEmpty() ? s.text().indexOf(a.shown()) : -1;
            if (at >= 0) {
                java.util.Arrays.fill(linked, at, at + a.shown().length(), true);
            }
        }
        return linked;
    }

    /** Chinese names the vocabulary lacks that end (or begin) with an INN stem's rendering ("噻吗洛尔"). */
    private void chineseStemNames(Sentence s, Clauses clauses) {
        boolean[] linked = linkedText(s);
        Matcher run = HAN_RUN.matcher(s.text());
        while (run.find()) {
            String name = chineseName(run.group());
            int at = run.end() - name.length();
            if (clauses.open(at) && !linked[at] && vocabulary.hasChineseStem(name)) {
                addDrug(name, null, s.evidence());
            }
        }
    }

    /**
     * The drug name a run of Han characters ends with: the longest ending the vocabulary knows, else the run
     * without the words before the name that are not part of it.
     */
    private String chineseName(String run) {
        for (int from = 0; from + 2 <= run.length(); from++) {
            String tail = run.substring(from);
            if (vocabulary.lookup(tail) != null && !vocabulary.isClass(tail)) {
                return tail;
            }
        }
        return trimHan(run);
    }

    /** The items of a list that a drug cue opens ("代表药物：A、B", "drugs such as A, B and C"). */
    private void listedAfterCue(Sentence s, Clauses clauses) {
        int cue = Lexicon.indexOf(s, language, "drug_list", 0);
        if (cue < 0) {
            return;
        }
        String text = s.text();
        int from = cue;
        while (from < text.length() && !isListOpener(text.charAt(from))) {
            from++;
        }
        int end = from + 1;
        while (end < text.length() && !isListCloser(text.charAt(end))) {
            end++;
        }
        if (from >= text.length()) {
            return;
        }
        int offset = from + 1;
        for (String item : ITEM_SEPARATORS.split(text.substring(from + 1, end))) {
            String name = item.strip();
            if (clauses.open(offset) && isListedName(name)) {
                DrugVocabulary.Entry known = vocabulary.lookup(name);
                addDrug(name, known != null ? known.canonical() : isLatin(name) ? name : null, s.evidence());
            }
            offset += item.length() + 1;
        }
    }

    private static boolean isListOpener(char c) {
        return c == '：' || c == ':';
    }

    private static boolean isListCloser(char c) {
        return c == '。' || c == '；' || c == ';' || c == '（' || c == '(';
    }

    /**
     * A short name: two to six Han characters that hold no drug word and begin with no word that is not part
     * of a name, or one to three Latin words; no class, no therapy.
     */
    private boolean isListedName(String name) {
        boolean han = name.matches("[\\p{IsHan}]{2,6}") && trimHan(name).equals(name)
                && Lexicon.terms("zh", "drug").stream().noneMatch(ChineseScript.toSimplified(name)::contains);
        boolean latin = name.matches("[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z0-9-]+){0,2}") && name.length() >= 4;
        return (han || latin) && !vocabulary.isClass(name) && !Lexicon.terms(language, "drug").contains(
                language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT));
    }

    /** What the vocabulary knows of a linked name, through the text shown or the link's target. */
    private DrugVocabulary.Entry known(String shown, String target) {
        DrugVocabulary.Entry e = vocabulary.lookup(shown);
        if (e == null && target != null) {
            e = vocabulary.lookup(target);
        }
        return e == null || vocabulary.isClass(shown) ? null : e;
    }

    /** Whether a dose follows offset {@code at} ("2克口服", "400 mg"). */
    private static boolean doseAfter(String text, int at) {
        return at <= text.length() && DOSE.matcher(text.substring(at, Math.min(text.length(), at + 30))).lookingAt();
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

    /**
     * The infobox's medication (every linked or listed name that is no class) and treatment parameters (names
     * with a drug's ending or of the vocabulary; therapies of the lexicon). A link the text goes on from
     * ("[[免疫抑制]]劑") shows only part of a word, which is judged whole.
     */
    private void infobox(Parameter p, boolean medication) {
        Evidence at = p.value().isEmpty() ? null : Evidence.at(p.value().get(0), "");
        String plain = PlainText.of(p.value());
        for (Node n : p.value()) {
            if (n instanceof WikiLink l && !l.isFile() && !l.isCategory() && medication) {
                String shown = PlainText.line(List.of(n));
                int at0 = plain.indexOf(shown);
                boolean partOfWord = at0 >= 0 && at0 + shown.length() < plain.length()
                        && Character.UnicodeScript.of(plain.charAt(at0 + shown.length())) == Character.UnicodeScript.HAN;
                if (!partOfWord) {
                    DrugVocabulary.Entry known = known(shown, l.target());
                    addDrug(shown, known != null && known.canonical() != null ? known.canonical()
                            : isLatin(l.target()) ? l.target() : null, at);
                }
            }
        }
        for (String item : ITEM_SEPARATORS.split(plain)) {
            String name = PlainText.collapse(item).replaceAll("[。.]$", "");
            if (name.isEmpty() || name.length() > 40) {
                continue;
            }
            String key = language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
            DrugVocabulary.Entry known = vocabulary.lookup(name);
            if (THERAPIES.getOrDefault(language, List.of()).contains(key)) {
                therapies.putIfAbsent(key, new Therapy(Label.of(name, language, at), at));
            } else if (known != null || (medication && isListedName(name)) || hasDrugEnding(name)) {
                addDrug(name, known != null && known.canonical() != null ? known.canonical()
                        : isLatin(name) ? name : null, at);
            }
        }
    }

    /**
     * A drug by its name as written and its English name (or null); the vocabulary's canonical name and
     * DrugBank id, where it knows either name, make names of one drug one drug (阿司匹林, 阿斯匹林, aspirin).
     */
    private void addDrug(String shown, String givenEnglish, Evidence at) {
        String name = shown.strip();
        DrugVocabulary.Entry entry = vocabulary.lookup(givenEnglish != null ? givenEnglish : name);
        if (entry == null && givenEnglish != null) {
            entry = vocabulary.lookup(name);
        }
        String english = entry != null && entry.canonical() != null ? entry.canonical() : givenEnglish;
        String drugbankId = entry != null ? entry.drugbankId() : null;
        String written = language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
        String key = (english != null ? english : name).toLowerCase(Locale.ROOT).strip();
        if (name.isEmpty() || !isDrugName(name) || !isDrugName(key)
                || english != null && GeneRules.isSymbol(english.strip())) {
            return;
        }
        Drug known = drugs.get(written);
        if (known != null && (known.englishName() != null || english == null)) {
            return;
        }
        drugs.put(written, new Drug(known != null ? known.name() : Label.of(name, language, at), english, drugbankId,
                known != null ? known.evidence() : at));
    }

    /** Not a gene, protein or disease name, a therapy, a stop word, nor the name of a class of drugs. */
    private boolean isDrugName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return !STOP.contains(lower) && !notDrugs.contains(lower) && !GeneRules.isSymbol(name.strip())
                && !vocabulary.isClass(name)
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
