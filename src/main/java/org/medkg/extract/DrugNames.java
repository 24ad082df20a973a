package org.medkg.extract;

import java.util.List;
import java.util.Locale;

/**
 * How one language writes drug names: the key a name is found by, what the vocabulary knows of it, its English
 * name, dosage forms and salt prefixes, the Chinese name a run of Han characters ends with, and the cue words
 * of the lexicon a text begins, holds or ends with.
 */
record DrugNames(String language, DrugVocabulary vocabulary) {

    boolean isChinese() {
        return language.equals("zh");
    }

    /** How a name keys the drugs found: Simplified script, lower case. */
    String key(String name) {
        return isChinese() ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
    }

    /** The sentence as cues are matched in: simplified script for Chinese, lower case for English. */
    String textOf(Sentence s) {
        String text = isChinese() ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        return text.length() == s.text().length() ? text : s.text();
    }

    boolean containsAny(String text, String kind) {
        return Lexicon.terms(language, kind).stream().anyMatch(text::contains);
    }

    boolean endsWithAny(String text, String kind) {
        return Lexicon.terms(language, kind).stream().anyMatch(text::endsWith);
    }

    /** What the vocabulary knows of a linked name, through the text shown or the link's target. */
    DrugVocabulary.Entry known(String shown, String target) {
        DrugVocabulary.Entry e = vocabulary.lookup(shown);
        if (e == null && target != null) {
            e = vocabulary.lookup(target);
        }
        return e == null || vocabulary.isClass(shown) ? null : e;
    }

    /** The vocabulary's canonical name of a name, else the name itself if it is Latin, else null. */
    String canonicalOr(DrugVocabulary.Entry known, String latin) {
        return known != null && known.canonical() != null ? known.canonical()
                : DrugNameShapes.isLatin(latin) ? latin : null;
    }

    /**
     * The English name of a linked name: one in brackets after it, the Latin parameter of a link template
     * showing it, or what the vocabulary knows of it.
     */
    String englishOf(Sentence s, String shown, int end) {
        String english = DrugNameShapes.englishAfter(s.text(), end);
        if (english != null) {
            return english;
        }
        String target = null;
        for (Sentence.Anchor a : s.anchors()) {
            if (a.shown().equals(shown) && DrugNameShapes.isLatin(a.target())) {
                return a.target();
            }
            if (a.shown().equals(shown) && target == null) {
                target = a.target();
            }
        }
        DrugVocabulary.Entry known = known(shown, target);
        return known != null ? known.canonical() : null;
    }

    /** A name that ends with a dosage form after a name of its own ("炉甘石洗剂", "葡萄糖注射液"). */
    boolean isPreparation(String name) {
        String n = isChinese() ? ChineseScript.toSimplified(name.strip()) : name.strip();
        for (String f : Lexicon.terms(language, "dosage_form")) {
            if (n.endsWith(f) && n.length() >= f.length() + 2
                    && !vocabulary.isClass(n.substring(0, n.length() - f.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dosage form follows offset {@code at} ("[[A]]软膏"). */
    boolean dosageFormAfter(Sentence s, int at) {
        String rest = textOf(s).substring(at);
        return !stripDosageForm(rest).equals(rest);
    }

    /** The text without a dosage form it begins with. */
    String stripDosageForm(String text) {
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
    boolean runsOn(String text, int end) {
        String rest = isChinese() ? ChineseScript.toSimplified(text.substring(end)) : text.substring(end);
        if (rest.isEmpty() || Character.UnicodeScript.of(rest.charAt(0)) != Character.UnicodeScript.HAN) {
            return false;
        }
        return Lexicon.terms(language, "drug_run_on").stream().noneMatch(rest::startsWith)
                && Lexicon.terms(language, "drug_joiner").stream().noneMatch(rest::startsWith)
                && stripDosageForm(rest).equals(rest);
    }

    /** Whether a drug word stands just before offset {@code at} ("the drug [[X]]", "药物X"). */
    boolean drugWordBefore(Sentence s, int at) {
        String text = isChinese() ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        int from = Math.max(0, at - (isChinese() ? 4 : 12));
        String before = text.substring(from, Math.min(at, text.length()));
        for (String cue : Lexicon.terms(language, "drug")) {
            int i = Lexicon.find(before, cue, 0, language.equals("en"));
            if (i >= 0 && before.substring(i + cue.length()).matches("\\s*(?:the|a|an)?\\s*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short name: two to six Han characters (a Latin letter or number may follow: "维生素D3") that hold no drug
     * word and begin with no word that is not part of a name, or one to three Latin words; no class, no therapy.
     */
    boolean isListedName(String name) {
        boolean han = name.matches("[\\p{IsHan}]{2,6}(?:[A-Za-z0-9]{1,3})?") && trimHan(name).equals(name)
                && Lexicon.terms("zh", "drug").stream().noneMatch(ChineseScript.toSimplified(name)::contains);
        boolean latin = name.matches("[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z0-9-]+){0,2}") && name.length() >= 4;
        return (han || latin) && !vocabulary.isClass(name) && !Lexicon.terms(language, "drug").contains(key(name));
    }

    /**
     * Whether a Chinese name carries an INN stem's rendering, its variant characters read as the stems write
     * them ("替尼泊甙" as "替尼泊苷") and a Latin letter after it left aside ("青霉素G").
     */
    boolean hasChineseStem(String name) {
        String word = DrugNameShapes.withStemCharacters(name.strip()).replaceFirst("(?<=\\p{IsHan})[A-Z]$", "");
        return vocabulary.hasChineseStem(word);
    }

    /**
     * The drug name a run of Han characters ends with: the longest ending the vocabulary knows (with a salt's
     * prefix before it), else the run without the words before the name that are not part of it.
     */
    String chineseName(String run) {
        for (int from = 0; from + 2 <= run.length(); from++) {
            String tail = run.substring(from);
            if (vocabulary.lookup(tail) != null && !vocabulary.isClass(tail)) {
                return run.substring(from - saltPrefix(run.substring(0, from)));
            }
        }
        return trimHan(run);
    }

    /** The length of the salt's or compound's prefix ("盐酸", "复方") the text ends with, else 0. */
    int saltPrefix(String text) {
        String simplified = ChineseScript.toSimplified(text);
        for (String p : Lexicon.terms(language, "drug_salt_prefix")) {
            if (simplified.endsWith(p)) {
                return p.length();
            }
        }
        return 0;
    }

    /** A Chinese drug name without the words before it that are not part of it. */
    static String trimHan(String run) {
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
}
