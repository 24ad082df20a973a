package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.medkg.wikitext.ListItem;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Section;
import org.medkg.wikitext.Template;

/**
 * Runs the prose rules over an article's sentences, infobox and categories: inheritance, then genes, then the
 * proteins they encode, then therapies (never a gene or protein), symptoms and causes.
 */
final class ProseExtractor {
    private static final Pattern ITEMS = Pattern.compile("\\s*(?:[,，、;；\\n]|\\band\\b|和|及|以及)\\s*");
    private static final Pattern ITEM_HEAD = Pattern.compile("^([^：:—–(（]{2,40})");

    private final String language;
    private final Vocabularies vocabularies;
    private final RuleGuard guard;

    ProseExtractor(String language, Vocabularies vocabularies, RuleGuard guard) {
        this.language = language;
        this.vocabularies = vocabularies;
        this.guard = guard;
    }

    ProseFacts extract(List<Section> sections, Infobox box, List<Category> categories, List<Template> navigationBoxes,
                       NameExtractor.Names names) {
        List<Sentence> sentences = Prose.of(sections, language);
        Set<String> diseaseNames = new HashSet<>();
        names.labels().forEach(l -> diseaseNames.add(l.text()));
        names.alternates().forEach(l -> diseaseNames.add(l.text()));
        List<Inheritance> inheritance = guard.run("inheritance", () -> new InheritanceRules(language,
                List.copyOf(diseaseNames)).find(sentences, box, categories, navigationBoxes), List.of());
        boolean heritable = !inheritance.isEmpty()
                || sentences.stream().anyMatch(s -> s.role().isEmpty() && Lexicon.has(s, language, "heritable"));
        GeneRules geneRules = new GeneRules(language, diseaseNames, vocabularies.genes(), heritable);
        List<Gene> genes = guard.run("genes", () -> geneRules.find(sentences, box), List.of());
        List<Protein> proteins = guard.run("proteins", () -> new ProteinRules(language, vocabularies.genes())
                .find(sentences, geneRules), List.of());
        Set<String> notDrugs = new HashSet<>();
        diseaseNames.forEach(n -> notDrugs.add(n.toLowerCase(Locale.ROOT)));
        genes.forEach(g -> notDrugs.add(g.symbol().toLowerCase(Locale.ROOT)));
        for (Protein p : proteins) {
            if (p.abbreviation() != null) {
                notDrugs.add(p.abbreviation().toLowerCase(Locale.ROOT));
            }
            if (p.name() != null) {
                notDrugs.add(p.name().text().toLowerCase(Locale.ROOT));
            }
        }
        TherapyRules therapy = new TherapyRules(language, notDrugs, diseaseNames, vocabularies.drugs());
        boolean treated = guard.run("drugs and therapies", () -> {
            therapy.find(sentences, box);
            return true;
        }, false);
        return new ProseFacts(genes, proteins, treated ? therapy.drugs() : List.of(),
                treated ? therapy.therapies() : List.of(), inheritance,
                guard.run("symptoms", () -> symptoms(sections, box), List.of()), causes(box),
                treated ? therapy.treatmentLinks() : List.of(), geneRules.causeLinks());
    }

    private List<Symptom> symptoms(List<Section> sections, Infobox box) {
        Map<String, Symptom> found = new LinkedHashMap<>();
        Parameter p = box.byRole().get("symptoms");
        if (p != null) {
            Evidence at = p.value().isEmpty() ? null : Evidence.at(p.value().get(0), "");
            for (String item : ITEMS.split(PlainText.of(p.value()))) {
                add(found, item, at);
            }
        }
        for (Section s : sections) {
            if (!SectionRoles.of(s.title()).equals("symptoms")) {
                continue;
            }
            for (Node n : s.allNodes()) {
                if (n instanceof ListItem item) {
                    var m = ITEM_HEAD.matcher(PlainText.line(item.content()));
                    if (m.find()) {
                        add(found, m.group(1), Evidence.at(item, s.title()));
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private void add(Map<String, Symptom> found, String raw, Evidence at) {
        String name = PlainText.collapse(raw).replaceAll("^(?i)(the|a|an)\\s+", "").replaceAll("[。.等]+$", "");
        if (name.length() >= 2 && name.length() <= 40) {
            Label label = Label.of(language.equals("en") ? name.substring(0, 1).toLowerCase(Locale.ROOT)
                    + name.substring(1) : name, language, at);
            found.putIfAbsent(label.simplified() != null ? label.simplified() : label.text(), new Symptom(label, at));
        }
    }

    private List<Label> causes(Infobox box) {
        Parameter p = box.byRole().get("causes");
        if (p == null) {
            return List.of();
        }
        String text = PlainText.line(p.value());
        return text.isEmpty() ? List.of() : List.of(Label.of(text, language, Evidence.at(p.value().get(0), "")));
    }
}
