package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence cut into clauses at commas and semicolons, each marked as able to name a treatment or not: a
 * clause that says to avoid something or calls it ineffective ("avoid" cues), that says something brings the
 * disease on ("trigger" cues), or that speaks of preventing the disease itself ("预防乳癌", but not a linked
 * name that holds the word), without speaking of treating it, names no treatment; nor do the clauses that go
 * on to give examples of what such a clause spoke of ("…而引起荨麻疹，如青霉素、四环素…，安乃近…"); nor does
 * anything after a contrast cue ("unlike", "而非").
 */
final class Clauses {
    private final List<int[]> blocked = new ArrayList<>();
    private final int contrast;

    Clauses(Sentence s, String language, Set<String> diseaseNames) {
        String text = s.text();
        String unlinked = withoutLinks(s);
        int from = 0;
        boolean previousBlocked = false;
        boolean examples = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isClauseEnd(text.charAt(i))) {
                Sentence clause = new Sentence(text.substring(from, i), s.simplified().length() == text.length()
                        ? s.simplified().substring(from, i) : ChineseScript.toSimplified(text.substring(from, i)),
                        s.section(), s.role(), s.line(), s.column(), List.of(), s.listItem(), List.of());
                boolean example = Lexicon.indexOf(clause, language, "example", 0) == leadingSpace(clause.text());
                boolean treats = Lexicon.has(clause, language, "treat");
                String bare = unlinked.substring(from, i);
                Sentence outsideLinks = new Sentence(bare, ChineseScript.toSimplified(bare), s.section(), s.role(),
                        s.line(), s.column(), List.of(), s.listItem(), List.of());
                if (i > from && (blocks(clause, outsideLinks, language, diseaseNames) || previousBlocked && (example
                        || examples && !treats))) {
                    blocked.add(new int[] {from, i});
                    examples = previousBlocked && (example || examples);
                    previousBlocked = true;
                } else {
                    previousBlocked = false;
                    examples = false;
                }
                from = i + 1;
            }
        }
        this.contrast = Lexicon.indexOf(s, language, "contrast_after", 0);
    }

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isClauseEnd(char c) {
        return c == ',' || c == '，' || c == ';' || c == '；' || c == '。';
    }

    /**
     * Whether a clause names no treatment; a "prevent" cue counts only outside the names of links (a product
     * named "流感预防注射液" prevents nothing by its name).
     */
    private static boolean blocks(Sentence clause, Sentence outsideLinks, String language, Set<String> diseaseNames) {
        boolean treats = Lexicon.has(clause, language, "treat");
        return Lexicon.has(clause, language, "avoid")
                || Lexicon.has(clause, language, "trigger") && !treats
                || Lexicon.has(outsideLinks, language, "prevent") && !treats && names(clause.text(), diseaseNames);
    }

    /** The sentence's text with every linked name blanked out (offsets kept). */
    private static String withoutLinks(Sentence s) {
        StringBuilder b = new StringBuilder(s.text());
        for (Sentence.Anchor a : s.anchors()) {
            int at = a.linking() && !a.shown().isEmpty() ? s.text().indexOf(a.shown()) : -1;
            for (int i = at; i >= 0 && i < at + a.shown().length(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static boolean names(String text, Set<String> diseaseNames) {
        String folded = Fold.of(text);
        return diseaseNames.stream().anyMatch(n -> n.length() >= 2 && folded.contains(Fold.of(n)));
    }

    /** Whether a name at {@code offset} of the sentence may be a treatment the sentence gives. */
    boolean open(int offset) {
        if (offset < 0 || contrast >= 0 && offset > contrast) {
            return false;
        }
        for (int[] b : blocked) {
            if (offset >= b[0] && offset < b[1]) {
                return false;
            }
        }
        return true;
    }
}
