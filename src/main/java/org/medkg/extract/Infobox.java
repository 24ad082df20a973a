package org.medkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Titles;
import org.medkg.wikitext.WikiDocument;

/**
 * The article's disease infobox (null when it has none) and its code boxes ({@code {{Medical resources}}} and
 * the like), the templates whose parameters describe the disease. A disease infobox is one of the names of
 * {@code disease-infoboxes.txt}, or any infobox (a template whose name holds "infobox") with at least
 * {@value #CODE_FIELDS} parameters of classification codes, whatever name it goes by ({@code {{DiseaseDisorder
 * infobox}}}); code boxes are named in {@code code-boxes.txt}.
 */
record Infobox(Template main, List<Template> codeBoxes) {
    private static final Set<String> DISEASE_INFOBOXES = DataFiles.templateKeys("disease-infoboxes.txt");
    private static final Set<String> CODE_BOXES = DataFiles.templateKeys("code-boxes.txt");

    private static final int CODE_FIELDS = 2;

    static Infobox find(WikiDocument doc, CodingSystems registry) {
        Template main = null;
        List<Template> boxes = new ArrayList<>();
        for (Template t : (Iterable<Template>) doc.templates()::iterator) {
            String key = Titles.key(t.name());
            if (main == null && (DISEASE_INFOBOXES.contains(key) || key.contains("infobox")
                    && codeFields(t, registry) >= CODE_FIELDS)) {
                main = t;
            } else if (CODE_BOXES.contains(key)) {
                boxes.add(t);
            }
        }
        return new Infobox(main, boxes);
    }

    private static long codeFields(Template t, CodingSystems registry) {
        return t.parameters().stream().filter(p -> p.isNamed() && registry.forParameter(p.name()) != null).count();
    }

    boolean isPresent() {
        return main != null;
    }

    /** Every parameter of the infobox and the code boxes, in that order. */
    List<Parameter> allParameters() {
        List<Parameter> all = new ArrayList<>();
        if (main != null) {
            all.addAll(main.parameters());
        }
        codeBoxes.forEach(b -> all.addAll(b.parameters()));
        return all;
    }

    /**
     * The named parameters by role ({@link InfoboxFields}): the infobox's first, then the code boxes'. Within one
     * template the last non-blank parameter of a role wins, as MediaWiki takes the last of a repeated one.
     */
    Map<String, Parameter> byRole() {
        Map<String, Parameter> roles = new LinkedHashMap<>();
        List<Template> templates = new ArrayList<>();
        if (main != null) {
            templates.add(main);
        }
        templates.addAll(codeBoxes);
        for (Template t : templates) {
            Map<String, Parameter> own = new LinkedHashMap<>();
            for (Parameter p : t.parameters()) {
                String role = p.isNamed() ? InfoboxFields.role(p.name()) : null;
                if (role != null && !PlainText.line(p.value()).isEmpty()) {
                    own.put(role, p);
                }
            }
            own.forEach(roles::putIfAbsent);
        }
        return roles;
    }
}
