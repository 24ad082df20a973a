package org.medkg.serve;

import java.util.Map;
import org.apache.jena.graph.Node;

/** The home page: what the graph holds, some diseases to start from, and where the data and endpoint are. */
final class HomePage {
    private static final Messages WORDS = Messages.bundled();

    private HomePage() {
    }

    static String render(Site site, DisplayLanguage lang) {
        DatasetSummary summary = site.summary();
        Html h = new Html();
        h.raw("<h1>medkg</h1>\n<p class=\"tagline\">").text(WORDS.get(lang, "tagline")).raw("</p>\n")
                .raw("<section id=\"statistics\"><h2>").text(WORDS.get(lang, "statistics")).raw("</h2>\n<table>\n");
        row(h, WORDS.get(lang, "diseases"), summary.stats().diseases());
        row(h, WORDS.get(lang, "genes"), summary.stats().genes());
        row(h, WORDS.get(lang, "drugs"), summary.stats().drugs());
        row(h, "articles", summary.stats().articles());
        row(h, "triples", summary.stats().triples());
        h.raw("</table></section>\n<section id=\"browse\"><h2>").text(WORDS.get(lang, "browse")).raw("</h2>\n<ul class=\"columns\">\n");
        LabelIndex index = site.index();
        summary.sampleDiseases().stream()
                .map(d -> Map.entry(d, name(index, d, lang)))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> h.raw("<li>").link(site.mapping().isLocal(e.getKey())
                        ? PageLayout.withLang("/page" + site.mapping().localPath(e.getKey()), Map.of(), lang)
                        : e.getKey().getURI(), e.getValue()).raw("</li>\n"));
        h.raw("</ul></section>\n");
        return PageLayout.page(lang, WORDS.get(lang, "home"), "/", Map.of(), Map.of(
                "text/turtle", "/.well-known/void"), h.toString());
    }

    private static String name(LabelIndex index, Node disease, DisplayLanguage lang) {
        return index.name(disease, lang).orElse(Labels.lastSegment(disease.getURI()));
    }

    private static void row(Html h, String label, long n) {
        h.raw("<tr><th>").text(label).raw("</th><td>").text(String.format("%,d", n)).raw("</td></tr>\n");
    }
}
