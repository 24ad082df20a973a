package org.medkg.extract;

import java.util.List;

/**
 * Linked names joined to a drug the sentence gives ("[[A]]、[[B]]或[[C]]"; a dosage form or a bracket may
 * stand between) are drugs too, round after round as the list grows: not a class, a therapy or a drug word,
 * nor a link the text runs on from into more Han characters (part of a longer word), but for a word that
 * leaves the name whole ("等", "类", a dosage form). A link template's Latin parameter is its English name.
 */
record DrugCoordination(DrugNames names, DrugRegister register) {

    void find(Sentence s, Clauses clauses) {
        String text = s.text();
        boolean grown = !register.inSentence().isEmpty();
        while (grown) {
            grown = false;
            List<int[]> given = DrugNameShapes.spansOf(text, register.inSentence());
            for (Sentence.Anchor a : s.anchors()) {
                String shown = a.shown();
                int at = text.indexOf(shown);
                int end = at + shown.length();
                if (a.template() && !a.linking() || shown.isEmpty() || at < 0 || register.inSentence().contains(shown)
                        || !clauses.open(at) || names.runsOn(s.text(), end) || !register.isJoinableName(shown)) {
                    continue;
                }
                boolean joined = false;
                for (int[] g : given) {
                    joined |= g[1] <= at && isJoin(s, g[1], at) || end <= g[0] && isJoin(s, end, g[0]);
                }
                if (joined) {
                    grown |= register.add(shown, names.englishOf(s, shown, end), s.evidence());
                }
            }
        }
    }

    /** Whether the text between two names joins them as items of one list ("、", "软膏和", "（…），"). */
    private boolean isJoin(Sentence s, int from, int to) {
        String between = names.textOf(s).substring(from, to).strip();
        between = names.stripDosageForm(between).strip();
        if (between.startsWith("（") || between.startsWith("(")) {
            int close = Math.max(between.indexOf('）'), between.indexOf(')'));
            between = close < 0 ? between : between.substring(close + 1).strip();
        }
        return Lexicon.terms(names.language(), "drug_joiner").contains(between);
    }
}
