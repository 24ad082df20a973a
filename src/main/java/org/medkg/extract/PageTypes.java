package org.medkg.extract;

import java.util.HashMap;
import java.util.Map;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Titles;
import org.medkg.wikitext.WikiDocument;

/**
 * What kind of page an infobox makes its page (bundled data: {@code page-types.tsv}): "drug", "gene" or
 * "symptom". A drug infobox is also any infobox with at least two parameters of the drug-identifier registry,
 * whatever its name.
 */
final class PageTypes {
    private static final Map<String, String> KIND_BY_TEMPLATE = new HashMap<>();
    private static final int IDENTIFIER_FIELDS = 2;

    static {
        for (String[] row : DataFiles.rows("page-types.tsv")) {
            KIND_BY_TEMPLATE.put(Titles.key(row[1]), row[0]);
        }
    }

    /** A page's typing template and its kind. */
    record Typed(String kind, Template template) {
    }

    private PageTypes() {
    }

    /** The first template of the page that types it, or null. */
    static Typed of(WikiDocument doc, CodingSystems drugIdentifiers) {
        for (Template t : (Iterable<Template>) doc.templates()::iterator) {
            String key = Titles.key(t.name());
            String kind = KIND_BY_TEMPLATE.get(key);
            if (kind == null && key.contains("infobox") && t.parameters().stream()
                    .filter(p -> p.isNamed() && drugIdentifiers.forParameter(p.name()) != null).count()
                    >= IDENTIFIER_FIELDS) {
                kind = "drug";
            }
            if (kind != null) {
                return new Typed(kind, t);
            }
        }
        return null;
    }
}
