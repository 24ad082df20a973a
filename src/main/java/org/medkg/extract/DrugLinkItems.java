package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list item of a treatment section that is one link and no more (but a bracket after it, or a clause
 * saying what drug it is: "[[A]]，是一种降压药") is a drug, where the section's heading or an item of the
 * list holds a drug word ("药", "剂") or names a drug: then the list is one of drugs (unless the heading
 * says it is not: "非药物治疗").
 */
record DrugLinkItems(DrugNames names, DrugRegister register, DrugAliases aliases, Set<String> diseaseNames) {

    void find(List<Sentence> sentences) {
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

    private void linkItems(List<Sentence> items) {
        String heading = ChineseScript.toSimplified(items.get(0).section()).toLowerCase(Locale.ROOT);
        if (names.containsAny(heading, "not_drug_list")) {
            return;
        }
        boolean ofDrugs = names.containsAny(heading, "drug_list_head");
        for (Sentence s : items) {
            ofDrugs |= names.containsAny(names.textOf(s), "drug_list_head") || s.anchors().stream().anyMatch(a ->
                    register.get(a.shown()) != null || names.known(a.shown(), a.target()) != null);
        }
        if (!ofDrugs) {
            return;
        }
        for (Sentence s : items) {
            String text = s.text().strip();
            Clauses clauses = new Clauses(s, names.language(), diseaseNames);
            register.newSentence();
            for (Sentence.Anchor a : s.anchors()) {
                String shown = a.shown();
                int at = s.text().indexOf(shown);
                if (a.template() && !a.linking() || shown.isEmpty() || !text.startsWith(shown) || !clauses.open(at)
                        || !register.isJoinableName(shown)
                        || !isBareItemRest(names.textOf(s).substring(at + shown.length()))) {
                    continue;
                }
                register.add(shown, names.englishOf(s, shown, at + shown.length()), s.evidence());
            }
            aliases.find(s, clauses);
        }
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
        return Lexicon.terms(names.language(), "drug_copula").stream().anyMatch(clause::startsWith)
                && names.endsWithAny(clause, "drug_list_head");
    }
}
