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
 * the like), the templates whose parameters describe the disease. Which templates count is bundled data.
 */
record Infobox(Template main, List<Template> codeBoxes) {
    private static final Set<String> DISEASE_INFOBOXES = DataFiles.templateKeys("disease-infoboxes.txt");
    private static final Set<String> CODE_BOXES = DataFiles.templateKeys("code-boxes.txt");

    static Infobox find(WikiDocument doc) {
        Template main = null;
        List<Template> boxes = new ArrayList<>();
        for (Template t : (Iterable<Template>) doc.templates()::iterator) {
            String key = Titles.key(t.name());
            if (main == null && DISEASE_INFOBOXES.contains(key)) {
                main = t;
            } else if (CODE_BOXES.contains(key)) {
                boxes.add(t);
            }
        }
        return new Infobox(main, boxes);
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

    /** The infobox's named parameters by role ({@link InfoboxFields}); the first non-blank one per role. */
    Map<String, Parameter> byRole() {
        Map<String, Parameter> roles = new LinkedHashMap<>();
        for (Parameter p : allParameters()) {
            String role = p.isNamed() ? InfoboxFields.role(p.name()) : null;
            if (role != null && !roles.containsKey(role) && !PlainText.line(p.value()).isEmpty()) {
                roles.put(role, p);
            }
        }
        return roles;
    }
}
