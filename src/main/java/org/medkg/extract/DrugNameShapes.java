package org.medkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of drug names that need no language: INN endings, two-word names, stop and class words (from
 * drug-names.tsv), Latin names, an English name or a dose after a name, and where names stand in a sentence.
 */
final class DrugNameShapes {
    private static final List<String> SUFFIXES = new ArrayList<>();
    private static final Set<String> STOP = new HashSet<>();
    private static final Set<String> PAIR_ENDINGS = new HashSet<>();
    private static final Set<String> CLASS_WORDS = new HashSet<>();
    /** Variant characters of Chinese drug names and the ones the stems are written with (甙 → 苷). */
    private static final Map<Character, Character> VARIANTS = new HashMap<>();
    private static final Pattern BRACKETED_ENGLISH = Pattern.compile("^\\s*[（(]\\s*(?:英[語语文]\\s*[:：]\\s*)?([A-Za-z][A-Za-z0-9 -]{2,40})\\s*[）)]");
    private static final Pattern DOSE = Pattern.compile(
            "\\s*[（(]?\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:(?:到|至|-|–|~|～)\\s*[0-9]+(?:\\.[0-9]+)?\\s*)?"
                    + "(?:毫克|微克|克|毫升|國際單位|国际单位|单位|單位|mg|g|μg|mcg|ml|mL|IU|units?)(?![A-Za-z])");

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
    }

    private DrugNameShapes() {
    }

    /** Whether a name (lower case) is a stop word, or its last word one that names a class of drugs. */
    static boolean isStopOrClassWord(String lower, String last) {
        return STOP.contains(lower) || CLASS_WORDS.contains(last);
    }

    /** The name with its variant characters as the INN stems write them ("替尼泊甙" as "替尼泊苷"). */
    static String withStemCharacters(String name) {
        StringBuilder b = new StringBuilder(name);
        for (int i = 0; i < b.length(); i++) {
            b.setCharAt(i, VARIANTS.getOrDefault(b.charAt(i), b.charAt(i)));
        }
        return b.toString();
    }

    static boolean isLatin(String s) {
        return s != null && s.matches("[A-Za-z][A-Za-z0-9 '-]*");
    }

    static boolean hasDrugEnding(String word) {
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
    static boolean isPairName(String name) {
        String w = name.toLowerCase(Locale.ROOT).strip();
        int space = w.indexOf(' ');
        if (space < 0 || space != w.lastIndexOf(' ')) {
            return false;
        }
        String first = w.substring(0, space);
        String last = w.substring(space + 1);
        return PAIR_ENDINGS.contains(last) && !STOP.contains(first) && (!last.equals("acid") || first.endsWith("ic"));
    }

    /** The first word of a gene therapy's two-word name ends in the INN stem "-gene" ("onasemnogene"). */
    static boolean isGeneTherapyStem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 6 && w.endsWith("gene");
    }

    /** The English name in brackets at offset {@code from} ("（英语：Aspirin）"), or null. */
    static String englishAfter(String text, int from) {
        if (from > text.length()) {
            return null;
        }
        Matcher m = BRACKETED_ENGLISH.matcher(text.substring(from));
        return m.find() ? m.group(1).strip() : null;
    }

    /** Whether a dose follows offset {@code at} ("2克口服", "400 mg"). */
    static boolean doseAfter(String text, int at) {
        return at <= text.length() && DOSE.matcher(text.substring(at, Math.min(text.length(), at + 30))).lookingAt();
    }

    /** A name in brackets right after another name ("hydroxyurea (hydroxycarbamide)") is that drug's alias. */
    static boolean aliasInBrackets(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '(' || text.charAt(k) == '（')
                && (k == 0 || text.charAt(k - 1) != ' ' || k >= 2 && Character.isLetter(text.charAt(k - 2)));
    }

    /**
     * A name that is the second half of a compound ("anti-estrogen", "抗组织胺", "氯奎寧") names no drug by itself:
     * one after a hyphen, or after a character that begins Chinese chemical and antagonist names.
     */
    static boolean partOfLongerName(String text, int at) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        return before == '-' || Lexicon.terms("zh", "name_prefix").contains(ChineseScript.toSimplified(
                String.valueOf(before)));
    }

    /** For each character of the sentence, whether it is shown by a link. */
    static boolean[] linkedText(Sentence s) {
        boolean[] linked = new boolean[s.text().length() + 1];
        for (Sentence.Anchor a : s.anchors()) {
            int at = a.linking() && !a.shown().isEmpty() ? s.text().indexOf(a.shown()) : -1;
            if (at >= 0) {
                Arrays.fill(linked, at, at + a.shown().length(), true);
            }
        }
        return linked;
    }

    /** Where each of the names stands in the text, every time it does. */
    static List<int[]> spansOf(String text, Set<String> names) {
        List<int[]> spans = new ArrayList<>();
        for (String n : names) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                spans.add(new int[] {i, i + n.length()});
            }
        }
        return spans;
    }
}
