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
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Titles;
import org.medkg.wikitext.WikiLink;

/**
 * Finds drugs and other therapies. A drug is a name the text gives in a treatment context (a treatment
 * section, or a sentence that speaks of treating or of medicine) and that shows itself to be a drug: a name of
 * the drug vocabulary ({@link DrugVocabulary}, as written or as a link's target), a Chinese name carrying an
 * INN stem's rendering, an English word with an INN ending, a name followed by a dose, a preparation (a name
 * with a dosage form: "炉甘石洗剂", "[[A]]软膏"), a radioisotope, a Chinese name followed by its English name in
 * brackets, or an item of a list a drug cue, a drug word or a class opens ("代表药物：…", "降压药：…", "药物，例如…").
 * A linked name joined to a drug of the sentence is one too ("[[A]]、[[B]]"), a name in brackets after a drug
 * is its alias, and a link alone in an item of a treatment section's list of drugs is a drug. The infobox's
 * medication and treatment parameters, and "see also" entries said to treat the disease, count too; the
 * therapy lexicon names treatments that are not drugs. No drug comes from a clause that says to avoid it or
 * calls it ineffective, says it brings the disease on, or follows a contrast cue; classes of drugs are never
 * drugs.
 */
final class TherapyRules {
    private static final List<String> SUFFIXES = new ArrayList<>();
    private static final Set<String> STOP = new HashSet<>();
    private static final Set<String> LINK_TEMPLATES = DataFiles.templateKeys("link-templates.txt");
    private static final Set<String> PAIR_ENDINGS = new HashSet<>();
    private static final Set<String> CLASS_WORDS = new HashSet<>();
    /** Variant characters of Chinese drug names and the ones the stems are written with (甙 → 苷). */
    private static final Map<Character, Character> VARIANTS = new HashMap<>();
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
                case "variant" -> VARIANTS.put(row[1].charAt(0), row[2].charAt(0));
                case "isotope" -> {
                    // the radioisotopes, which DrugIsotopes reads
                }
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
    private final Map<String, LinkCandidate> linkCandidates = new LinkedHashMap<>();
    private final Map<String, Therapy> therapies = new LinkedHashMap<>();
    /**
     * Names of drugs found that differ from their name in {@link #drugs} only by script (強的松, 强的松), by the name
     * as written (lower case); each shares its drug's English name, so its IRI.
     */
    private final Map<String, Drug> otherScripts = new LinkedHashMap<>();
    /** The names, as written, that the sentence being read gives as drugs. */
    private final Set<String> inSentence = new HashSet<>();
    /** What parts a list's items: the words that join drugs, and slashes. */
    private final Pattern listSeparators;

    /**
     * @param notDrugs names known to be something else (genes, proteins, the disease), lower case
     * @param diseaseNames the disease's names as written
     */
    TherapyRules(String language, Set<String> notDrugs, Set<String> diseaseNames, DrugVocabulary vocabulary) {
        this.language = language;
        this.notDrugs = notDrugs;
        this.diseaseNames = diseaseNames;
        this.vocabulary = vocabulary;
        this.listSeparators = listSeparators(language);
    }

    /**
     * Links of treatment sentences that the text did not show to be drugs: in a store, a link to a page typed
     * as a drug ({@code {{Drugbox}}}) makes that drug a treatment.
     */
    List<PageLink> treatmentLinks() {
        return linkCandidates.values().stream().filter(c -> !drugs.containsKey(writtenKey(c.shown())))
                .map(LinkCandidate::link).toList();
    }

    /** A link of a treatment sentence: the text it shows, and the page. */
    private record LinkCandidate(String shown, PageLink link) {
    }

    /** How a name as written keys the drugs found: Simplified script, lower case. */
    private String writtenKey(String name) {
        return language.equals("zh") ? ChineseScript.toSimplified(name.strip()) : name.strip().toLowerCase(Locale.ROOT);
    }

    List<Drug> drugs() {
        List<Drug> all = new ArrayList<>(drugs.values());
        all.addAll(otherScripts.values());
        return all;
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
            inSentence.clear();
            sentence(s, medicine, clauses);
            vocabularyNames(s, clauses);
            if (language.equals("zh")) {
                chineseStemNames(s, clauses);
            }
            lists(s, clauses);
            radioisotopes(s, clauses);
            coordinated(s, clauses);
            bracketAliases(s, clauses);
            therapiesIn(s);
        }
        for (List<Sentence> items : treatmentLists(sentences)) {
            linkItems(items);
        }
    }

    /** The runs of list items, one after the other in one treatment section. */
    private static List<List<Sentence>> treatmentLists(List<Sentence> sentences) {
        List<List<Sentence>> runs = new ArrayList<>();
        List<Sentence> run = new ArrayList<>();
        for (Sentence s : sentences) {
            boolean item = s.listItem() && s.cells().isEmpty() && s.role().equals("treatment");
            if (!run.isEmpty() && (!item || !s.section().equals(run.get(0).section()))) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (item) {
                run.add(s);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * A list item of a treatment section that is one link and no more (but a bracket after it, or a clause
     * saying what drug it is: "[[A]]，是一种降压药") is a drug, where the section's heading or an item of the
     * list holds a drug word ("药", "剂") or names a drug: then the list is one of drugs (unless the heading
     * says it is not: "非药物治疗").
     */
    private void linkItems(List<Sentence> items) {
        String heading = ChineseScript.toSimplified(items.get(0).section()).toLowerCase(Locale.ROOT);
        if (containsAny(heading, "not_drug_list")) {
            return;
        }
        boolean ofDrugs = containsAny(heading, "drug_list_head");
        for (Sentence s : items) {
            ofDrugs |= containsAny(textOf(s), "drug_list_head") || s.anchors().stream().anyMatch(a ->
                    drugs.containsKey(language.equals("zh") ? ChineseScript.toSimplified(a.shown())
                            : a.shown().toLowerCase(Locale.ROOT)) || known(a.shown(), a.target()) != null);
        }
        if (!ofDrugs) {
            return;
        }
        for (Sentence s : items) {
            String text = s.text().strip();
            Clauses clauses = new Clauses(s, language, diseaseNames);
            inSentence.clear();
            for (Sentence.Anchor a : s.anchors()) {
                String shown = a.shown();
                int at = s.text().indexOf(shown);
                if (a.template() && !a.linking() || shown.isEmpty() || !text.startsWith(shown) || !clauses.open(at)
                        || !isJoinableName(shown) || !isBareItemRest(textOf(s).substring(at + shown.length()))) {
                    continue;
                }
                addDrug(shown, englishOf(s, shown, at + shown.length()), s.evidence());
            }
            bracketAliases(s, clauses);
        }
    }

    private boolean containsAny(String text, String kind) {
        return Lexicon.terms(language, kind).stream().anyMatch(text::contains);
    }

    /** What may follow the link of a list item that names a drug: nothing, a bracket, or what drug it is. */
    private boolean isBareItemRest(String rest) {
        String r = rest.strip();
        if (r.isEmpty() || r.matches("[（(][^（()）]*[）)]")) {
            return true;
        }
        if (!r.startsWith("，") && !r.startsWith(",")) {
            return false;
        }
        String clause = r.substring(1).strip().split("[，,。；;]", 2)[0];
        return Lexicon.terms(language, "drug_copula").stream().anyMatch(clause::startsWith)
                && endsWithAny(clause, "drug_list_head");
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
                    || hasChineseStem(a.shown()) || hasChineseStem(a.target());
            boolean cued = drugWordBefore(s, at) || doseAfter(s.text(), at + a.shown().length())
                    || isPreparation(a.shown()) || isPreparation(a.target())
                    || dosageFormAfter(s, at + a.shown().length());
            boolean translated = language.equals("zh") && english != null && !english.contains(" ")
                    && (medicine || treatmentSection);
            boolean added = (named || cued || translated) && addDrug(a.shown(), englishName, s.evidence());
            if (!added && a.linking() && !a.template() && !vocabulary.isClass(a.shown()) && isDrugName(a.shown())) {
                linkCandidates.putIfAbsent(a.target(), new LinkCandidate(a.shown(),
                        new PageLink(language, a.target(), s.evidence())));
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
     * single character; a salt's or a compound's prefix before one is part of the name ("盐酸二甲双胍").
     */
    private void vocabularyNames(Sentence s, Clauses clauses) {
        String folded = Fold.of(s.text());
        boolean[] linked = linkedText(s);
        for (TermIndex.Match<DrugVocabulary.Entry> m : vocabulary.namesIn(folded)) {
            int start = m.start() - saltPrefix(folded.substring(0, m.start()));
            String written = s.text().substring(start, m.end());
            if (!clauses.open(start) || m.end() - m.start() < 2 || linked[start] || linked[m.end() - 1]
                    || vocabulary.isClass(written) || partOfLongerName(s.text(), start)) {
                continue;
            }
            DrugVocabulary.Entry e = m.values().get(0);
            addDrug(written, e.canonical(), s.evidence());
        }
    }

    /** The length of the salt's or compound's prefix ("盐酸", "复方") the text ends with, else 0. */
    private int saltPrefix(String text) {
        String simplified = ChineseScript.toSimplified(text);
        for (String p : Lexicon.terms(language, "drug_salt_prefix")) {
            if (simplified.endsWith(p)) {
                return p.length();
            }
        }
        return 0;
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

    /**
     * Whether a Chinese name carries an INN stem's rendering, its variant characters read as the stems write
     * them ("替尼泊甙" as "替尼泊苷") and a Latin letter after it left aside ("青霉素G").
     */
    private boolean hasChineseStem(String name) {
        StringBuilder b = new StringBuilder(name.strip());
        for (int i = 0; i < b.length(); i++) {
            b.setCharAt(i, VARIANTS.getOrDefault(b.charAt(i), b.charAt(i)));
        }
        String word = b.toString().replaceFirst("(?<=\\p{IsHan})[A-Z]$", "");
        return vocabulary.hasChineseStem(word);
    }

    /** Chinese names the vocabulary lacks that end (or begin) with an INN stem's rendering ("噻吗洛尔"). */
    private void chineseStemNames(Sentence s, Clauses clauses) {
        boolean[] linked = linkedText(s);
        Matcher run = HAN_RUN.matcher(s.text());
        while (run.find()) {
            String name = chineseName(run.group());
            int at = run.end() - name.length();
            if (clauses.open(at) && !linked[at] && hasChineseStem(name)) {
                addDrug(name, null, s.evidence());
            }
        }
    }

    /**
     * The drug name a run of Han characters ends with: the longest ending the vocabulary knows (with a salt's
     * prefix before it), else the run without the words before the name that are not part of it.
     */
    private String chineseName(String run) {
        for (int from = 0; from + 2 <= run.length(); from++) {
            String tail = run.substring(from);
            if (vocabulary.lookup(tail) != null && !vocabulary.isClass(tail)) {
                return run.substring(from - saltPrefix(run.substring(0, from)));
            }
        }
        return trimHan(run);
    }

    /**
     * The items of the lists the sentence opens: after the first colon that follows a drug cue
     * ("代表药物：A、B", "drugs: A, B and C"), or a head that ends with a drug word ("β受体阻断剂：", "药物有：") or
     * names a class ("单抗：", "X如："), and after a drug word and an example cue with no colon ("药物，例如A、B和C",
     * "药（如A）"), which a comma ends. A head that ends like a treatment ("激素治疗：") opens no list.
     */
    private void lists(Sentence s, Clauses clauses) {
        String text = textOf(s);
        int cue = Lexicon.indexOf(s, language, "drug_list", 0);
        for (int c = 0; c < text.length(); c++) {
            if (isColon(text.charAt(c)) && (cue >= 0 && cue < c || isListHead(text.substring(0, c)))) {
                listItems(s, clauses, c + 1, false);
                cue = -1;
            }
        }
        for (String cueWord : Lexicon.terms(language, "example")) {
            for (int i = Lexicon.find(text, cueWord, 0, language.equals("en")); i >= 0;
                 i = Lexicon.find(text, cueWord, i + 1, language.equals("en"))) {
                String head = text.substring(0, i).strip();
                boolean bracket = head.endsWith("（") || head.endsWith("(");
                if (bracket || head.endsWith("，") || head.endsWith(",")) {
                    head = head.substring(0, head.length() - 1).strip();
                }
                if (endsWithAny(head, "drug_list_head") && !endsWithAny(head, "drug_list_not_head")) {
                    listItems(s, clauses, i + cueWord.length(), true);
                }
            }
        }
    }

    private static boolean isColon(char c) {
        return c == '：' || c == ':';
    }

    /**
     * Whether the text before a colon ends with a list's head: a drug word or a class's name, an intro word
     * ("如", "包括") perhaps after it, and no treatment's ending.
     */
    private boolean isListHead(String before) {
        String head = before.strip();
        String intro = "";
        for (String i : Lexicon.terms(language, "drug_list_intro")) {
            if (head.endsWith(i) && head.length() > i.length() && i.length() > intro.length()) {
                intro = i;
            }
        }
        head = head.substring(0, head.length() - intro.length());
        if (endsWithAny(head, "drug_list_not_head")) {
            return false;
        }
        if (endsWithAny(head, "drug_list_head")) {
            return true;
        }
        for (int from = Math.max(0, head.length() - 12); from + 2 <= head.length(); from++) {
            if (vocabulary.isClassName(head.substring(from))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithAny(String text, String kind) {
        return Lexicon.terms(language, kind).stream().anyMatch(text::endsWith);
    }

    /**
     * The names of a list from offset {@code from} to the end of the clause (a full stop, a semicolon, a colon,
     * a closing bracket left open before the list, or a comma where {@code commaEnds}): items parted by the
     * words that join drugs and by slashes; brackets inside hold an item's aliases and end nothing. The first
     * item may begin with words that lead into the list ("主要有A"); the list ends at the first item that has no
     * name's shape.
     */
    private void listItems(Sentence s, Clauses clauses, int from, boolean commaEnds) {
        String text = s.text();
        String body = textOf(s);
        StringBuilder masked = new StringBuilder();
        int depth = 0;
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
                masked.append(' ');
                continue;
            } else if (depth == 0 && (c == '。' || c == '；' || c == ';' || isColon(c)
                    || commaEnds && (c == '，' || c == ','))) {
                break;
            }
            masked.append(depth > 0 ? ' ' : c);
        }
        Matcher item = listSeparators.matcher(masked);
        int start = 0;
        while (start <= masked.length()) {
            boolean more = item.find();
            int stop = more ? item.start() : masked.length();
            String raw = masked.substring(start, stop);
            String name = cutRunOn(raw.strip());
            if (start == 0 && !isNameShaped(name)) {
                name = afterNestedHead(name);
            }
            int at = from + start + raw.indexOf(name.isEmpty() ? raw : name);
            if (!name.isEmpty()) {
                if (!isNameShaped(name)) {
                    return;
                }
                String written = text.substring(at, at + name.length());
                if (clauses.open(at) && isListedName(written) && isJoinableName(written)) {
                    String english = englishOf(s, written, at + written.length());
                    addDrug(written, english != null ? english : isLatin(written) ? written : null, s.evidence());
                }
            }
            if (!more) {
                break;
            }
            start = item.end();
        }
    }

    /** The name after a head that opens the list once more ("降压药物主要有A"), else the text as it is. */
    private String afterNestedHead(String item) {
        for (String intro : Lexicon.terms(language, "drug_list_intro")) {
            int i = item.lastIndexOf(intro);
            if (i > 0 && isListHead(item.substring(0, i + intro.length()))) {
                return item.substring(i + intro.length()).strip();
            }
        }
        return item;
    }

    /** The words that join drugs in a language as a pattern, Latin ones on word boundaries. */
    private static Pattern listSeparators(String language) {
        List<String> joiners = new ArrayList<>(Lexicon.terms(language, "drug_joiner"));
        joiners.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String j : joiners) {
            String quoted = Pattern.quote(j.strip());
            alternation.append(alternation.length() == 0 ? "" : "|")
                    .append(j.strip().matches("[a-z]+") ? "\\b" + quoted + "\\b" : quoted);
        }
        return Pattern.compile("\\s*(?:" + alternation + ")\\s*");
    }

    /** An item without the words after it that leave its name whole ("A等", "A等药物"). */
    private String cutRunOn(String item) {
        int i = item.indexOf('等');
        return language.equals("zh") && i >= 2 ? item.substring(0, i).strip() : item;
    }

    /** Whether an item of a list is shaped like a name at all (a list ends at an item that is not). */
    private boolean isNameShaped(String name) {
        return name.matches("[\\p{IsHan}]{2,8}(?:[A-Za-z0-9]{1,3})?") && trimHan(name).equals(name)
                || name.matches("[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z0-9-]+){0,2}");
    }

    /**
     * A short name: two to six Han characters (a Latin letter or number may follow: "维生素D3") that hold no drug
     * word and begin with no word that is not part of a name, or one to three Latin words; no class, no therapy.
     */
    private boolean isListedName(String name) {
        boolean han = name.matches("[\\p{IsHan}]{2,6}(?:[A-Za-z0-9]{1,3})?") && trimHan(name).equals(name)
                && Lexicon.terms("zh", "drug").stream().noneMatch(ChineseScript.toSimplified(name)::contains);
        boolean latin = name.matches("[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z0-9-]+){0,2}") && name.length() >= 4;
        return (han || latin) && !vocabulary.isClass(name) && !Lexicon.terms(language, "drug").contains(
                language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT));
    }

    /** Radioisotopes ({@link DrugIsotopes}: "碘-131", "131I"). */
    private void radioisotopes(Sentence s, Clauses clauses) {
        for (DrugIsotopes.Found f : DrugIsotopes.in(s.text())) {
            if (clauses.open(f.start())) {
                addDrug(f.written(), f.english(), s.evidence());
            }
        }
    }

    /**
     * Linked names joined to a drug the sentence gives ("[[A]]、[[B]]或[[C]]"; a dosage form or a bracket may
     * stand between) are drugs too, round after round as the list grows: not a class, a therapy or a drug word,
     * nor a link the text runs on from into more Han characters (part of a longer word), but for a word that
     * leaves the name whole ("等", "类", a dosage form). A link template's Latin parameter is its English name.
     */
    private void coordinated(Sentence s, Clauses clauses) {
        String text = s.text();
        boolean grown = !inSentence.isEmpty();
        while (grown) {
            grown = false;
            List<int[]> given = spansOf(text, inSentence);
            for (Sentence.Anchor a : s.anchors()) {
                String shown = a.shown();
                int at = text.indexOf(shown);
                int end = at + shown.length();
                if (a.template() && !a.linking() || shown.isEmpty() || at < 0 || inSentence.contains(shown)
                        || !clauses.open(at) || runsOn(s.text(), end) || !isJoinableName(shown)) {
                    continue;
                }
                boolean joined = false;
                for (int[] g : given) {
                    joined |= g[1] <= at && isJoin(s, g[1], at) || end <= g[0] && isJoin(s, end, g[0]);
                }
                if (joined) {
                    grown |= addDrug(shown, englishOf(s, shown, end), s.evidence());
                }
            }
        }
    }

    /** Where each of the names stands in the text, every time it does. */
    private static List<int[]> spansOf(String text, Set<String> names) {
        List<int[]> spans = new ArrayList<>();
        for (String n : names) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                spans.add(new int[] {i, i + n.length()});
            }
        }
        return spans;
    }

    /** Whether the text between two names joins them as items of one list ("、", "软膏和", "（…），"). */
    private boolean isJoin(Sentence s, int from, int to) {
        String between = textOf(s).substring(from, to).strip();
        between = stripDosageForm(between).strip();
        if (between.startsWith("（") || between.startsWith("(")) {
            int close = Math.max(between.indexOf('）'), between.indexOf(')'));
            between = close < 0 ? between : between.substring(close + 1).strip();
        }
        return Lexicon.terms(language, "drug_joiner").contains(between);
    }

    /** A name that ends with a dosage form after a name of its own ("炉甘石洗剂", "葡萄糖注射液"). */
    private boolean isPreparation(String name) {
        String n = language.equals("zh") ? ChineseScript.toSimplified(name.strip()) : name.strip();
        for (String f : Lexicon.terms(language, "dosage_form")) {
            if (n.endsWith(f) && n.length() >= f.length() + 2
                    && !vocabulary.isClass(n.substring(0, n.length() - f.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dosage form follows offset {@code at} ("[[A]]软膏"). */
    private boolean dosageFormAfter(Sentence s, int at) {
        String rest = textOf(s).substring(at);
        return !stripDosageForm(rest).equals(rest);
    }

    /** The text without a dosage form it begins with. */
    private String stripDosageForm(String text) {
        for (String f : Lexicon.terms(language, "dosage_form")) {
            if (text.startsWith(f)) {
                return text.substring(f.length());
            }
        }
        return text;
    }

    /**
     * Whether the text goes on at {@code end} into Han characters that are no "等"-like word, joining word
     * ("和", "或") or dosage form: the name before is then part of a longer word.
     */
    private boolean runsOn(String text, int end) {
        String rest = language.equals("zh") ? ChineseScript.toSimplified(text.substring(end)) : text.substring(end);
        if (rest.isEmpty() || Character.UnicodeScript.of(rest.charAt(0)) != Character.UnicodeScript.HAN) {
            return false;
        }
        return Lexicon.terms(language, "drug_run_on").stream().noneMatch(rest::startsWith)
                && Lexicon.terms(language, "drug_joiner").stream().noneMatch(rest::startsWith)
                && stripDosageForm(rest).equals(rest);
    }

    /** A name that may be one drug: no class, therapy, drug word, nor anything else known not to be a drug. */
    private boolean isJoinableName(String name) {
        String key = language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
        return name.length() <= 20 && isDrugName(name) && !Lexicon.terms(language, "drug").contains(key);
    }

    /**
     * The English name of a linked name: one in brackets after it, the Latin parameter of a link template
     * showing it, or what the vocabulary knows of it.
     */
    private String englishOf(Sentence s, String shown, int end) {
        String english = englishAfter(s.text(), end);
        if (english != null) {
            return english;
        }
        String target = null;
        for (Sentence.Anchor a : s.anchors()) {
            if (a.shown().equals(shown) && isLatin(a.target())) {
                return a.target();
            }
            if (a.shown().equals(shown) && target == null) {
                target = a.target();
            }
        }
        DrugVocabulary.Entry known = known(shown, target);
        return known != null ? known.canonical() : null;
    }

    /** The sentence as cues are matched in: simplified script for Chinese, lower case for English. */
    private String textOf(Sentence s) {
        String text = language.equals("zh") ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        return text.length() == s.text().length() ? text : s.text();
    }

    /**
     * Names in brackets right after a drug the sentence gives are its aliases: the first of the bracket's
     * parts ("[[A]]（B）", "[[A]]（Brand®）"), and a later one only after an alias cue ("[[A]]（B，又称C）");
     * parts are split at commas and "或". Not a Roman numeral or a region's name, nor anything without a
     * name's shape. An alias shares the drug's English name, or lends the drug its own.
     */
    private void bracketAliases(Sentence s, Clauses clauses) {
        String text = s.text();
        String folded = textOf(s);
        for (int[] span : spansOf(text, Set.copyOf(inSentence))) {
            int open = span[1];
            while (open < text.length() && (text.charAt(open) == ' ' || text.charAt(open) == '®'
                    || text.charAt(open) == '™')) {
                open++;
            }
            if (open >= text.length() || text.charAt(open) != '（' && text.charAt(open) != '('
                    || !clauses.open(span[0])) {
                continue;
            }
            int close = open + 1;
            while (close < text.length() && close - open <= 60 && text.charAt(close) != '）'
                    && text.charAt(close) != ')' && text.charAt(close) != '（' && text.charAt(close) != '(') {
                close++;
            }
            if (close >= text.length() || text.charAt(close) != '）' && text.charAt(close) != ')') {
                continue;
            }
            String drug = text.substring(span[0], span[1]);
            int from = open + 1;
            boolean first = true;
            for (int i = from; i <= close; i++) {
                boolean end = i == close || isAliasSeparator(folded, i);
                if (!end) {
                    continue;
                }
                String part = text.substring(from, i).strip();
                String cue = aliasCue(folded.substring(from, i).strip());
                if (cue != null) {
                    part = part.substring(cue.length()).replaceFirst("^\\s*[:：]?\\s*", "");
                }
                if ((first || cue != null) && isAlias(part)) {
                    addAlias(drug, part.replaceAll("[®™]", "").strip(), s.evidence());
                }
                first = false;
                from = i + 1;
            }
        }
    }

    /** Whether a bracket's parts are parted at offset {@code i}: a comma, a semicolon, "或". */
    private boolean isAliasSeparator(String folded, int i) {
        char c = folded.charAt(i);
        return c == '，' || c == ',' || c == '、' || c == '；' || c == ';' || language.equals("zh") && c == '或';
    }

    /** The alias cue a bracket's part begins with ("又称", "商品名"), or null. */
    private String aliasCue(String part) {
        String best = null;
        for (String cue : Lexicon.terms(language, "alias_cue")) {
            if (part.startsWith(cue) && (best == null || cue.length() > best.length())) {
                best = cue;
            }
        }
        return best;
    }

    /** A bracket's part that may be another name of a drug. */
    private boolean isAlias(String part) {
        String name = part.replaceAll("[®™]", "").strip();
        String key = ChineseScript.toSimplified(name);
        boolean han = name.matches("[\\p{IsHan}]{2,10}(?:[A-Za-z0-9]{1,3})?") && trimHan(name).equals(name)
                && Lexicon.terms("zh", "drug").stream().noneMatch(key::contains)
                && Lexicon.terms("zh", "drug_boundary").stream().noneMatch(b -> b.length() >= 2 && key.contains(b));
        boolean latin = name.matches("[A-Za-z][A-Za-z0-9-]{2,30}") && !name.matches("[IVXLC]+");
        return (han || latin) && !vocabulary.isClass(name)
                && !Lexicon.terms(language, "not_alias").contains(language.equals("zh") ? key
                : name.toLowerCase(Locale.ROOT));
    }

    /**
     * Another name of a drug given by its written name, which may be an abbreviation ("MTX"): it shares the
     * drug's English name; where the drug has none, the alias's own (its vocabulary's, or the alias itself if a
     * Latin name) becomes both's.
     */
    private void addAlias(String drugName, String alias, Evidence at) {
        Drug drug = drugs.get(language.equals("zh") ? ChineseScript.toSimplified(drugName)
                : drugName.toLowerCase(Locale.ROOT));
        if (drug == null || alias.equalsIgnoreCase(drugName)
                || alias.equalsIgnoreCase(drug.englishName() == null ? "" : drug.englishName())) {
            return;
        }
        boolean abbreviation = GeneRules.isSymbol(alias);
        String english = drug.englishName();
        if (english == null) {
            DrugVocabulary.Entry known = vocabulary.lookup(alias);
            english = known != null && known.canonical() != null ? known.canonical()
                    : isLatin(alias) && !abbreviation ? alias : null;
            if (english != null) {
                addDrug(drugName, english, drug.evidence());
            }
        }
        if (english == null || !alias.equalsIgnoreCase(english)) {
            addDrug(alias, english, at, abbreviation);
        }
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
     * The infobox's medication (every linked or listed name that is no class, a link template's Latin
     * parameter its English name) and treatment parameters (names with a drug's ending or of the vocabulary;
     * therapies of the lexicon). A link the text goes on from ("[[免疫抑制]]劑") shows only part of a word,
     * which is judged whole; not so one followed by "之类" or "等".
     */
    private void infobox(Parameter p, boolean medication) {
        Evidence at = p.value().isEmpty() ? null : Evidence.at(p.value().get(0), "");
        String plain = PlainText.of(p.value());
        for (Node n : medication ? p.value() : List.<Node>of()) {
            String target = n instanceof WikiLink l && !l.isFile() && !l.isCategory() ? l.target()
                    : n instanceof Template t && LINK_TEMPLATES.contains(Titles.key(t.name())) ? latinParameter(t)
                    : null;
            String shown = PlainText.line(List.of(n));
            int at0 = plain.indexOf(shown);
            if (target != null && !shown.isEmpty() && !(at0 >= 0 && runsOn(plain, at0 + shown.length()))) {
                DrugVocabulary.Entry known = known(shown, target);
                addDrug(shown, known != null && known.canonical() != null ? known.canonical()
                        : isLatin(target) ? target : null, at);
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

    /** A link template's parameter in Latin letters that is more than a language code, or null. */
    private static String latinParameter(Template t) {
        for (Parameter q : t.parameters()) {
            String v = PlainText.line(q.value());
            if (isLatin(v) && v.length() > 3) {
                return v;
            }
        }
        return null;
    }

    /**
     * A drug by its name as written and its English name (or null); the vocabulary's canonical name and
     * DrugBank id, where it knows either name, make names of one drug one drug (阿司匹林, 阿斯匹林, aspirin).
     * Returns whether the name is a drug's (new or known), which the sentence then gives.
     */
    private boolean addDrug(String shown, String givenEnglish, Evidence at) {
        return addDrug(shown, givenEnglish, at, false);
    }

    /** A drug, as {@link #addDrug(String, String, Evidence)}; an abbreviation may have a gene symbol's shape. */
    private boolean addDrug(String shown, String givenEnglish, Evidence at, boolean abbreviation) {
        String name = shown.strip();
        DrugVocabulary.Entry entry = vocabulary.lookup(givenEnglish != null ? givenEnglish : name);
        if (entry == null && givenEnglish != null) {
            entry = vocabulary.lookup(name);
        }
        String english = entry != null && entry.canonical() != null ? entry.canonical() : givenEnglish;
        String drugbankId = entry != null ? entry.drugbankId() : null;
        String written = language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
        String key = (english != null ? english : name).toLowerCase(Locale.ROOT).strip();
        if (name.isEmpty() || !isDrugName(name, abbreviation) || !isDrugName(key, false)
                || english != null && GeneRules.isSymbol(english.strip())) {
            return false;
        }
        inSentence.add(name);
        Drug known = drugs.get(written);
        if (known == null || known.englishName() == null && english != null) {
            drugs.put(written, new Drug(known != null ? known.name() : Label.of(name, language, at), english,
                    drugbankId, known != null ? known.evidence() : at));
        }
        Drug drug = drugs.get(written);
        if (drug.englishName() != null && !drug.name().text().equalsIgnoreCase(name)) {
            otherScripts.putIfAbsent(name.toLowerCase(Locale.ROOT), new Drug(Label.of(name, language, at),
                    drug.englishName(), drug.drugbankId(), at));
        }
        return true;
    }

    /**
     * Not a gene, protein or disease name, a therapy, a stop word, nor the name of a class of drugs (a
     * preparation is none, whatever its dosage form ends with: "炉甘石洗剂"); nor shaped like a gene symbol, but
     * for the abbreviation of a drug already named.
     */
    private boolean isDrugName(String name) {
        return isDrugName(name, false);
    }

    private boolean isDrugName(String name, boolean abbreviation) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return !STOP.contains(lower) && !notDrugs.contains(lower) && (abbreviation || !GeneRules.isSymbol(name.strip()))
                && (!vocabulary.isClass(name) || isPreparation(name))
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
