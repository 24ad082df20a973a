package org.medkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Set<String> LINK_TEMPLATES = DataFiles.templateKeys("link-templates.txt");
    /** Sections that never give a treatment of the disease. */
    private static final Set<String> NO_DRUGS = Set.of("history", "prevention", "epidemiology", "research",
            "diagnosis", "differential", "further_reading", "external_links", "references");
    /** Sections that give a treatment only in a sentence that speaks of treating. */
    private static final Set<String> CUED_DRUGS = Set.of("cause", "genetics", "symptoms", "classification");
    private static final Pattern ITEM_SEPARATORS = Pattern.compile("\\s*(?:[,，、;；\\n]|\\band\\b|\\bor\\b|和|或|及)\\s*");

    private final String language;
    private final Set<String> diseaseNames;
    private final DrugNames names;
    private final DrugRegister register;
    private final DrugMentions mentions;
    private final DrugLists lists;
    private final DrugCoordination coordination;
    private final DrugAliases aliases;
    private final DrugLinkItems linkItems;
    private final Map<String, Therapy> therapies = new LinkedHashMap<>();

    /**
     * @param notDrugs names known to be something else (genes, proteins, the disease), lower case
     * @param diseaseNames the disease's names as written
     */
    TherapyRules(String language, Set<String> notDrugs, Set<String> diseaseNames, DrugVocabulary vocabulary) {
        this.language = language;
        this.diseaseNames = diseaseNames;
        this.names = new DrugNames(language, vocabulary);
        this.register = new DrugRegister(names, notDrugs);
        this.mentions = new DrugMentions(names, register);
        this.lists = new DrugLists(names, register);
        this.coordination = new DrugCoordination(names, register);
        this.aliases = new DrugAliases(names, register);
        this.linkItems = new DrugLinkItems(names, register, aliases, diseaseNames);
    }

    /**
     * Links of treatment sentences that the text did not show to be drugs: in a store, a link to a page typed
     * as a drug ({@code {{Drugbox}}}) makes that drug a treatment.
     */
    List<PageLink> treatmentLinks() {
        return register.treatmentLinks();
    }

    List<Drug> drugs() {
        return register.drugs();
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
            register.newSentence();
            mentions.anchored(s, medicine, clauses);
            mentions.vocabularyNames(s, clauses);
            if (names.isChinese()) {
                mentions.chineseStemNames(s, clauses);
            }
            lists.find(s, clauses);
            mentions.radioisotopes(s, clauses);
            coordination.find(s, clauses);
            aliases.find(s, clauses);
            therapiesIn(s);
        }
        linkItems.find(sentences);
    }

    private void seeAlsoEntry(Sentence s) {
        for (Sentence.Anchor a : s.anchors()) {
            if (!a.template() && s.text().strip().startsWith(a.shown())) {
                register.add(a.shown(), DrugNameShapes.isLatin(a.target()) ? a.target()
                        : DrugNameShapes.englishAfter(s.text(), a.shown().length()), s.evidence());
            }
        }
    }

    private void therapiesIn(Sentence s) {
        String text = names.isChinese() ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        for (String t : TherapyNames.of(language)) {
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
            if (target != null && !shown.isEmpty() && !(at0 >= 0 && names.runsOn(plain, at0 + shown.length()))) {
                register.add(shown, names.canonicalOr(names.known(shown, target), target), at);
            }
        }
        for (String item : ITEM_SEPARATORS.split(plain)) {
            String name = PlainText.collapse(item).replaceAll("[。.]$", "");
            if (name.isEmpty() || name.length() > 40) {
                continue;
            }
            String key = names.key(name);
            DrugVocabulary.Entry known = names.vocabulary().lookup(name);
            if (TherapyNames.of(language).contains(key)) {
                therapies.putIfAbsent(key, new Therapy(Label.of(name, language, at), at));
            } else if (known != null || (medication && names.isListedName(name))
                    || DrugNameShapes.hasDrugEnding(name)) {
                register.add(name, names.canonicalOr(known, name), at);
            }
        }
    }

    /** A link template's parameter in Latin letters that is more than a language code, or null. */
    private static String latinParameter(Template t) {
        for (Parameter q : t.parameters()) {
            String v = PlainText.line(q.value());
            if (DrugNameShapes.isLatin(v) && v.length() > 3) {
                return v;
            }
        }
        return null;
    }
}
