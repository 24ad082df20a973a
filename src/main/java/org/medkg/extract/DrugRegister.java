package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The drugs found in one article, one drug to the names that share its canonical name, with the names of the
 * sentence being read and the links of treatment sentences not shown to be drugs; judges what a drug's name
 * may be.
 */
final class DrugRegister {
    private final DrugNames names;
    private final Set<String> notDrugs;
    /** The drugs found, by their name as written (simplified, lower case); names of one drug share its IRI. */
    private final Map<String, Drug> drugs = new LinkedHashMap<>();
    /**
     * Names of drugs found that differ from their name in {@link #drugs} only by script (強的松, 强的松), by the name
     * as written (lower case); each shares its drug's English name, so its IRI.
     */
    private final Map<String, Drug> otherScripts = new LinkedHashMap<>();
    private final Map<String, LinkCandidate> linkCandidates = new LinkedHashMap<>();
    /** The names, as written, that the sentence being read gives as drugs. */
    private final Set<String> inSentence = new HashSet<>();

    /** A link of a treatment sentence: the text it shows, and the page. */
    private record LinkCandidate(String shown, PageLink link) {
    }

    /** @param notDrugs names known to be something else (genes, proteins, the disease), lower case */
    DrugRegister(DrugNames names, Set<String> notDrugs) {
        this.names = names;
        this.notDrugs = notDrugs;
    }

    List<Drug> drugs() {
        List<Drug> all = new ArrayList<>(drugs.values());
        all.addAll(otherScripts.values());
        return all;
    }

    /**
     * Links of treatment sentences that the text did not show to be drugs: in a store, a link to a page typed
     * as a drug ({@code {{Drugbox}}}) makes that drug a treatment.
     */
    List<PageLink> treatmentLinks() {
        return linkCandidates.values().stream().filter(c -> !drugs.containsKey(names.key(c.shown().strip())))
                .map(LinkCandidate::link).toList();
    }

    /** Keeps a link of a treatment sentence, the first for its target, in case its page is a drug's. */
    void linkCandidate(String shown, PageLink link) {
        linkCandidates.putIfAbsent(link.title(), new LinkCandidate(shown, link));
    }

    /** The drug found by a name as written, or null. */
    Drug get(String written) {
        return drugs.get(names.key(written));
    }

    /** Starts a sentence: it has given no drugs yet. */
    void newSentence() {
        inSentence.clear();
    }

    /** The names, as written, that the sentence being read has given as drugs so far (live). */
    Set<String> inSentence() {
        return inSentence;
    }

    /**
     * A drug by its name as written and its English name (or null); the vocabulary's canonical name and
     * DrugBank id, where it knows either name, make names of one drug one drug (阿司匹林, 阿斯匹林, aspirin).
     * Returns whether the name is a drug's (new or known), which the sentence then gives.
     */
    boolean add(String shown, String givenEnglish, Evidence at) {
        return add(shown, givenEnglish, at, false);
    }

    /** A drug, as {@link #add(String, String, Evidence)}; an abbreviation may have a gene symbol's shape. */
    boolean add(String shown, String givenEnglish, Evidence at, boolean abbreviation) {
        DrugVocabulary vocabulary = names.vocabulary();
        String name = shown.strip();
        DrugVocabulary.Entry entry = vocabulary.lookup(givenEnglish != null ? givenEnglish : name);
        if (entry == null && givenEnglish != null) {
            entry = vocabulary.lookup(name);
        }
        String english = entry != null && entry.canonical() != null ? entry.canonical() : givenEnglish;
        String drugbankId = entry != null ? entry.drugbankId() : null;
        String written = names.key(name);
        String key = (english != null ? english : name).toLowerCase(Locale.ROOT).strip();
        if (name.isEmpty() || !isDrugName(name, abbreviation) || !isDrugName(key, false)
                || english != null && GeneRules.isSymbol(english.strip())) {
            return false;
        }
        inSentence.add(name);
        Drug known = drugs.get(written);
        if (known == null || known.englishName() == null && english != null) {
            drugs.put(written, new Drug(known != null ? known.name() : Label.of(name, names.language(), at), english,
                    drugbankId, known != null ? known.evidence() : at));
        }
        Drug drug = drugs.get(written);
        if (drug.englishName() != null && !drug.name().text().equalsIgnoreCase(name)) {
            otherScripts.putIfAbsent(name.toLowerCase(Locale.ROOT), new Drug(Label.of(name, names.language(), at),
                    drug.englishName(), drug.drugbankId(), at));
        }
        return true;
    }

    /** A name that may be one drug: no class, therapy, drug word, nor anything else known not to be a drug. */
    boolean isJoinableName(String name) {
        return name.length() <= 20 && isDrugName(name)
                && !Lexicon.terms(names.language(), "drug").contains(names.key(name));
    }

    /**
     * Not a gene, protein or disease name, a therapy, a stop word, nor the name of a class of drugs (a
     * preparation is none, whatever its dosage form ends with: "炉甘石洗剂"); nor shaped like a gene symbol, but
     * for the abbreviation of a drug already named.
     */
    boolean isDrugName(String name) {
        return isDrugName(name, false);
    }

    private boolean isDrugName(String name, boolean abbreviation) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return !notDrugs.contains(lower) && (abbreviation || !GeneRules.isSymbol(name.strip()))
                && (!names.vocabulary().isClass(name) || names.isPreparation(name))
                && !DrugNameShapes.isStopOrClassWord(lower, last) && !TherapyNames.isTherapy(lower);
    }
}
