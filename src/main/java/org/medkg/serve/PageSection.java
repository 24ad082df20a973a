package org.medkg.serve;

import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.medkg.wikitext.Resources;

/**
 * One section of a resource page: the facts with one predicate, in one direction, shown in one style. The
 * sections and their order are data ({@code page-sections.tsv}).
 *
 * @param key       the message key of the section's heading
 * @param incoming  true when the page's resource is the object of the facts
 * @param predicate the facts' predicate
 * @param style     how a value is shown
 */
public record PageSection(String key, boolean incoming, Node predicate, Style style) {

    /** How a section shows a value. */
    public enum Style { LINK, CODE, GENE, CITATION, TEXT }

    private static final List<PageSection> BUNDLED = load();

    public static List<PageSection> bundled() {
        return BUNDLED;
    }

    private static List<PageSection> load() {
        return Resources.lines(PageSection.class, "page-sections.tsv").stream().map(line -> {
            String[] f = line.split("\t");
            if (f.length != 4 || !(f[1].equals("in") || f[1].equals("out"))) {
                throw new IllegalStateException("page-sections.tsv: expected KEY, in|out, PREDICATE, STYLE in: " + line);
            }
            return new PageSection(f[0], f[1].equals("in"), NodeFactory.createURI(f[2]),
                    Style.valueOf(f[3].toUpperCase(Locale.ROOT)));
        }).toList();
    }
}
