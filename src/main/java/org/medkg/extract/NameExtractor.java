package org.medkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Titles;
import org.medkg.wikitext.WikiDocument;

/**
 * The disease's names: title, infobox name (with an English name and abbreviation on a second line), bold
 * lead terms, English-name templates and interlanguage links, and the lead's cue phrases for abbreviations
 * and synonyms; plus the lead's first sentence as a description.
 */
final class NameExtractor {
    private static final Pattern NAME_WITH_ABBREVIATION =
            Pattern.compile("^(?<name>[^()（）]+?)\\s*[（(](?<abbr>[^()（）]+)[)）]\\s*$");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*[,，、;；\\n]\\s*");
    private static final List<String[]> ENGLISH_TEMPLATES = DataFiles.rows("english-name-templates.tsv");
    private static final Pattern ENGLISH_SEPARATORS = Pattern.compile("\\s*(?:[,，、;；/]|\\bor\\b)\\s*");
    /** A short run of capitals: an abbreviation, which the abbreviation cues take, not an English name. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9-]{1,7}");

    /** The names found: the primary one, all labels, alternate names, English name and description. */
    record Names(Label primary, List<Label> labels, List<Label> alternates, String englishName,
                 Label description) {
    }

    private final String language;
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final Map<String, Label> alternates = new LinkedHashMap<>();

    NameExtractor(String language) {
        this.language = language;
    }

    Names extract(WikiDocument doc, Infobox box, Lead lead, String title) {
        Label primary = null;
        Parameter name = box.byRole().get("name");
        if (name != null) {
            primary = infoboxName(name);
        }
        if (title != null && !title.isBlank()) {
            Label t = label(Label.of(title, language, null));
            primary = primary == null ? t : primary;
        }
        List<List<Node>> bold = lead.boldTerms();
        for (int i = 0; i < bold.size(); i++) {
            Label b = nodesLabel(bold.get(i), null);
            if (b == null) {
                continue;
            }
            if (i == 0) {
                label(b);
                primary = primary == null ? b : primary;
            } else {
                alternate(b);
            }
        }
        englishTemplates(lead);
        doc.links().filter(l -> l.isInterlanguage() && l.interwiki().equals("en") && !language.equals("en"))
                .findFirst().ifPresent(l -> label(Label.of(l.target(), "en", Evidence.at(l, ""))));
        cues(lead.firstParagraph());
        Parameter synonyms = box.byRole().get("synonyms");
        if (synonyms != null) {
            for (String s : LIST_SEPARATORS.split(PlainText.of(synonyms.value()))) {
                if (!s.isBlank()) {
                    alternate(Label.of(PlainText.collapse(s), language, Evidence.at(synonyms.value().get(0), "")));
                }
            }
        }
        if (primary == null && !labels.isEmpty()) {
            primary = labels.values().iterator().next();
        }
        String sentence = lead.firstSentence();
        Label description = sentence.isBlank() ? null : Label.of(sentence, language, null);
        String english = labels.values().stream().filter(l -> l.language().equals("en")).map(Label::text)
                .findFirst().orElse(null);
        labels.keySet().forEach(alternates::remove);
        return new Names(primary, new ArrayList<>(labels.values()), new ArrayList<>(alternates.values()), english,
                description);
    }

    private Label infoboxName(Parameter p) {
        Evidence at = p.value().isEmpty() ? null : Evidence.at(p.value().get(0), "");
        String[] written = PlainText.of(p.value()).split("\n");
        String[] hans = PlainText.of(p.value(), ChineseScript.HANS).split("\n");
        String[] hant = PlainText.of(p.value(), ChineseScript.HANT).split("\n");
        Label primary = null;
        for (int i = 0; i < written.length; i++) {
            String line = PlainText.collapse(written[i]);
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = NAME_WITH_ABBREVIATION.matcher(line);
            if (primary == null) {
                boolean twoNames = language.equals("zh") && m.matches() && ChineseScript.hasHan(m.group("abbr"));
                primary = label(twoNames ? Label.of(m.group("name").trim(), language, at)
                        : language.equals("zh") && i < hans.length && i < hant.length
                        ? Label.chinese(line, PlainText.collapse(hans[i]), PlainText.collapse(hant[i]), at)
                        : Label.of(line, language, at));
                if (twoNames) {
                    label(Label.of(m.group("abbr").trim(), language, at));
                }
                continue;
            }
            if (m.matches()) {
                label(Label.of(m.group("name").trim(), language, at));
                alternate(Label.of(m.group("abbr").trim(), language, at));
            } else {
                label(Label.of(line, language, at));
            }
        }
        return primary;
    }

    private Label nodesLabel(List<Node> nodes, Evidence at) {
        String text = PlainText.line(nodes);
        if (text.isEmpty()) {
            return null;
        }
        Evidence where = at != null ? at : nodes.isEmpty() ? null : Evidence.at(nodes.get(0), "");
        if (language.equals("zh")) {
            return Label.chinese(text, PlainText.collapse(PlainText.of(nodes, ChineseScript.HANS)),
                    PlainText.collapse(PlainText.of(nodes, ChineseScript.HANT)), where);
        }
        return Label.of(text, language, where);
    }

    private void englishTemplates(Lead lead) {
        for (Template t : lead.templates()) {
            for (String[] row : ENGLISH_TEMPLATES) {
                if (!Titles.key(t.name()).equals(Titles.key(row[0])) || !conditionHolds(t, row)) {
                    continue;
                }
                t.parameter(row[1]).map(p -> PlainText.line(p.value())).filter(s -> !s.isEmpty())
                        .ifPresent(s -> englishNames(s, Evidence.at(t, "")));
            }
        }
    }

    private static boolean conditionHolds(Template t, String[] row) {
        if (row.length < 3 || row[2].isBlank()) {
            return true;
        }
        String[] kv = row[2].split("=", 2);
        return t.parameter(kv[0]).map(p -> PlainText.line(p.value()).equalsIgnoreCase(kv[1])).orElse(false);
    }

    private void cues(String paragraph) {
        for (NameCues.Cue cue : NameCues.forLanguage(language)) {
            Matcher m = cue.pattern().matcher(paragraph);
            while (m.find()) {
                String found = m.group("name").trim();
                switch (cue.kind()) {
                    case "english" -> {
                        if (!ABBREVIATION.matcher(found).matches()) {
                            englishNames(found, null);
                        }
                    }
                    case "abbreviation", "synonym" -> alternate(Label.of(found, language, null));
                    default -> throw new IllegalStateException("unknown name cue kind " + cue.kind());
                }
            }
        }
    }

    /**
     * English names given together ("Facioscapulohumeral muscular dystrophy, FSHD or FSH", "Tetanus/Lockjaw"):
     * the first is a label, the others alternate names.
     */
    private void englishNames(String written, Evidence at) {
        String[] names = ENGLISH_SEPARATORS.split(written);
        boolean first = true;
        for (String n : names) {
            String name = n.strip();
            if (name.length() < 2) {
                continue;
            }
            if (first) {
                label(Label.of(name, "en", at));
                first = false;
            } else {
                alternate(Label.of(name, "en", at));
            }
        }
    }

    private Label label(Label l) {
        return labels.computeIfAbsent(l.language() + "\u0000" + l.text(), k -> l);
    }

    private void alternate(Label l) {
        alternates.putIfAbsent(l.language() + "\u0000" + l.text(), l);
    }
}
