package org.medkg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Names in brackets right after a drug the sentence gives are its aliases: the first of the bracket's parts
 * ("[[A]]（B）", "[[A]]（Brand®）"), and a later one only after an alias cue ("[[A]]（B，又称C）"); parts are split
 * at commas and "或". Not a Roman numeral or a region's name, nor anything without a name's shape. An alias
 * shares the drug's English name, or lends the drug its own.
 */
record DrugAliases(DrugNames names, DrugRegister register) {

    void find(Sentence s, Clauses clauses) {
        String text = s.text();
        String folded = names.textOf(s);
        for (int[] span : DrugNameShapes.spansOf(text, Set.copyOf(register.inSentence()))) {
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
        return c == '，' || c == ',' || c == '、' || c == '；' || c == ';' || names.isChinese() && c == '或';
    }

    /** The alias cue a bracket's part begins with ("又称", "商品名"), or null. */
    private String aliasCue(String part) {
        String best = null;
        for (String cue : Lexicon.terms(names.language(), "alias_cue")) {
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
        boolean han = name.matches("[\\p{IsHan}]{2,10}(?:[A-Za-z0-9]{1,3})?") && DrugNames.trimHan(name).equals(name)
                && Lexicon.terms("zh", "drug").stream().noneMatch(key::contains)
                && Lexicon.terms("zh", "drug_boundary").stream().noneMatch(b -> b.length() >= 2 && key.contains(b));
        boolean latin = name.matches("[A-Za-z][A-Za-z0-9-]{2,30}") && !name.matches("[IVXLC]+");
        return (han || latin) && !names.vocabulary().isClass(name)
                && !Lexicon.terms(names.language(), "not_alias").contains(names.isChinese() ? key
                : name.toLowerCase(Locale.ROOT));
    }

    /**
     * Another name of a drug given by its written name, which may be an abbreviation ("MTX"): it shares the
     * drug's English name; where the drug has none, the alias's own (its vocabulary's, or the alias itself if a
     * Latin name) becomes both's.
     */
    private void addAlias(String drugName, String alias, Evidence at) {
        Drug drug = register.get(drugName);
        if (drug == null || alias.equalsIgnoreCase(drugName)
                || alias.equalsIgnoreCase(drug.englishName() == null ? "" : drug.englishName())) {
            return;
        }
        boolean abbreviation = GeneRules.isSymbol(alias);
        String english = drug.englishName();
        if (english == null) {
            DrugVocabulary.Entry known = names.vocabulary().lookup(alias);
            english = known != null && known.canonical() != null ? known.canonical()
                    : DrugNameShapes.isLatin(alias) && !abbreviation ? alias : null;
            if (english != null) {
                register.add(drugName, english, drug.evidence());
            }
        }
        if (english == null || !alias.equalsIgnoreCase(english)) {
            register.add(alias, english, at, abbreviation);
        }
    }
}
