package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a sentence speaks of another disease than the article's: what it says before its first cause,
 * mutation or inheritance cue names a disease ("Haemophilia B is clinically similar but results from F9
 * variants", "Neurofibromatosis type 2 … is a separate disorder caused by …", "威尔逊病则由…引起") that is
 * none of the article's names and not a mention of the article's disease ("the condition", "本病"), and that
 * comes before the sentence names the article's disease (after it, it is the disease's kind). A disease
 * is named by a disease word ({@code disease_word}: "disorder", "综合征") or a word with a disease name's
 * ending ({@code disease_ending}: "-emia", "-osis"), except the compounds of {@code not_disease_word}
 * ("病例", "diagnosis").
 */
final class OtherDiseases {
    private static final List<String> CUE_KINDS = List.of("cause", "mutation", "inherit");
    private static final int STEM_REACH = 6;

    private final String language;
    private final List<String> names = new ArrayList<>();

    OtherDiseases(String language, Set<String> diseaseNames) {
        this.language = language;
        for (String n : diseaseNames) {
            if (n.strip().length() >= 2) {
                names.add(Fold.of(n.strip()));
            }
        }
    }

    /** Whether the sentence, before its first cue, names a disease other than the article's. */
    boolean spokenOf(Sentence s) {
        String folded = Fold.of(s.text());
        int end = firstCue(s, folded);
        String prefix = folded.substring(0, Math.min(end, firstMentionOfOurs(folded)));
        boolean[] ours = ourNames(prefix);
        for (String word : Lexicon.terms(language, "disease_word")) {
            for (int i = prefix.indexOf(word); i >= 0; i = prefix.indexOf(word, i + 1)) {
                if (isWord(prefix, i, word.length()) && !ours[i] && !compound(prefix, i, word)
                        && !anaphor(prefix, i) && !ourStemBefore(prefix, i)) {
                    return true;
                }
            }
        }
        if (language.equals("en")) {
            for (String token : prefix.split("[^a-z]+")) {
                int at = prefix.indexOf(token);
                if (token.length() >= 6 && hasDiseaseEnding(token) && !ours[at]
                        && !Lexicon.terms(language, "not_disease_word").contains(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int firstCue(Sentence s, String folded) {
        int end = folded.length();
        List<String> diseaseWords = Lexicon.terms(language, "disease_word");
        for (String kind : CUE_KINDS) {
            for (String cue : Lexicon.terms(language, kind)) {
                if (diseaseWords.contains(cue)) {
                    continue;
                }
                int i = Lexicon.find(folded, Fold.of(cue), 0, language.equals("en"));
                if (i >= 0 && i < end) {
                    end = i;
                }
            }
        }
        return end;
    }

    /**
     * Where the sentence first names the article's disease (by a name that is not the disease word alone, or
     * an anaphor), or its length: a disease named after that is what the article's disease is ("是溶小体贮积症的一种").
     */
    private int firstMentionOfOurs(String folded) {
        int first = folded.length();
        for (String n : names) {
            int i = folded.indexOf(n);
            if (i >= 0 && i < first) {
                first = i + n.length();
            }
        }
        for (String a : Lexicon.terms(language, "disease_anaphor")) {
            int i = Lexicon.find(folded, Fold.of(a), 0, language.equals("en"));
            if (i >= 0 && i + a.length() < first) {
                first = i + a.length();
            }
        }
        return first;
    }

    /**
     * Whether a Chinese disease word follows the first two characters of one of the article's names closely
     * ("多指症" for 多指畸形): another way of writing the same name.
     */
    private boolean ourStemBefore(String prefix, int at) {
        for (String n : names) {
            if (n.length() >= 3 && ChineseScript.hasHan(n.substring(0, 2))) {
                int j = prefix.lastIndexOf(n.substring(0, 2), at - 1);
                if (j >= 0 && at - j <= STEM_REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each character of the prefix, whether it is part of one of the article's names. */
    private boolean[] ourNames(String prefix) {
        boolean[] ours = new boolean[prefix.length() + 1];
        for (String n : names) {
            for (int i = prefix.indexOf(n); i >= 0; i = prefix.indexOf(n, i + 1)) {
                java.util.Arrays.fill(ours, i, i + n.length(), true);
            }
        }
        return ours;
    }

    private boolean isWord(String text, int at, int length) {
        if (!language.equals("en")) {
            return true;
        }
        boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int end = at + length;
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end)) || text.charAt(end) == 's';
        return before && after;
    }

    /** A disease word inside a longer word that names no disease ("病例", "病因", "疾病"). */
    private boolean compound(String text, int at, String word) {
        for (String c : Lexicon.terms(language, "not_disease_word")) {
            int k = c.indexOf(word);
            if (k >= 0 && at - k >= 0 && text.startsWith(c, at - k)) {
                return true;
            }
        }
        return false;
    }

    /** A disease word after a determiner that points back at the article's disease ("the condition", "本病"). */
    private boolean anaphor(String text, int at) {
        for (String a : Lexicon.terms(language, "disease_anaphor")) {
            String head = Fold.of(a);
            int i = text.lastIndexOf(head, at + 4);
            if (i >= 0 && i <= at && i + head.length() >= at) {
                return true;
            }
        }
        if (language.equals("en")) {
            String before = text.substring(0, at).stripTrailing();
            String last = before.substring(before.lastIndexOf(' ') + 1);
            return Lexicon.terms(language, "disease_determiner").contains(last);
        }
        return false;
    }

    private boolean hasDiseaseEnding(String token) {
        for (String ending : Lexicon.terms(language, "disease_ending")) {
            if (token.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
