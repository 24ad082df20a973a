package org.medkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.medkg.rdf.OutputFormat;
import org.medkg.rdf.Vocab;

/**
 * The HTML page of a resource, drawn from its data document ({@link ResourceDescriber}): names in every script,
 * the description, the image, the sections of {@code page-sections.tsv} (codes linked to their resolvers,
 * genes with their proteins, drugs, inheritance, symptoms, categories, references…) each value with the
 * sentence it came from, the neighbourhood picture, the remaining facts, and links to the data and to SPARQL.
 */
final class ResourcePage {
    private static final Messages WORDS = Messages.bundled();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TYPE = RDF.type.asNode();
    /** Drawn in the page's head rather than in a section or the table of other facts. */
    private static final Set<Node> HEADER = Set.of(TYPE, LABEL, Vocab.name, Vocab.prefLabel, Vocab.alternateName,
            Vocab.description, Vocab.image, Vocab.wikiPageWikiLink, Vocab.mainEntityOfPage, Vocab.isPrimaryTopicOf);
    private static final List<String[]> NAME_ROWS = List.of(new String[] {"", "name"},
            new String[] {"zh", "asWritten"},
            new String[] {"zh-Hans", "zhHans"}, new String[] {"zh-Hant", "zhHant"}, new String[] {"en", "english"});

    private final Node resource;
    private final Graph doc;
    private final DisplayLanguage lang;
    private final IriMapping mapping;
    private final PrefixMap prefixes;
    private final Html h = new Html();

    ResourcePage(Node resource, Graph doc, DisplayLanguage lang, IriMapping mapping) {
        this.resource = resource;
        this.doc = doc;
        this.lang = lang;
        this.mapping = mapping;
        this.prefixes = OutputFormat.prefixes(mapping.base());
    }

    /** The whole page; {@code path} is the page's own path (for the language switch). */
    String render(String path) {
        String title = Labels.best(doc, resource, lang);
        String local = mapping.localPath(resource);
        h.raw("<article class=\"resource\" about=\"").text(resource.getURI()).raw("\">\n<h1 id=\"title\">")
                .text(title).raw("</h1>\n<p class=\"meta\">");
        for (Node type : objects(resource, TYPE)) {
            h.element("span", "type", Labels.best(doc, type, lang)).raw(" ");
        }
        h.element("code", "iri", resource.getURI()).raw("</p>\n");
        image();
        names();
        description();
        for (PageSection section : PageSection.bundled()) {
            section(section);
        }
        h.raw("<section id=\"neighbourhood\"><h2>").text(WORDS.get(lang, "neighbourhood")).raw("</h2>\n")
                .raw(new NeighbourhoodSvg(resource, doc, lang, mapping).render()).raw("</section>\n");
        otherFacts();
        wikipediaLinks();
        dataLinks(local);
        h.raw("</article>\n");
        Map<String, String> alternates = new LinkedHashMap<>();
        for (DocumentFormat f : DocumentFormat.RDF) {
            alternates.put(f.mediaType(), "/data" + local + "." + f.extension());
        }
        return PageLayout.page(lang, title, path, Map.of(), alternates, h.toString());
    }

    private void image() {
        for (Node image : objects(resource, Vocab.image)) {
            if (Html.isSafeHref(image.getURI())) {
                String caption = captionOf(image);
                h.raw("<figure class=\"image\"><a href=\"").text(image.getURI()).raw("\"><img src=\"")
                        .text(image.getURI() + "?width=320").raw("\" alt=\"").text(caption).raw("\" width=\"320\" loading=\"lazy\"></a>")
                        .raw("<figcaption>").text(caption).raw("</figcaption></figure>\n");
                return;
            }
        }
    }

    private String captionOf(Node image) {
        return bestLiteral(objects(image, Vocab.caption)).orElse(Labels.lastSegment(image.getURI()));
    }

    private void names() {
        List<Node> labels = new ArrayList<>(objects(resource, LABEL));
        labels.addAll(objects(resource, Vocab.name));
        labels.addAll(objects(resource, Vocab.prefLabel));
        List<Node> alternates = objects(resource, Vocab.alternateName);
        if (labels.isEmpty() && alternates.isEmpty()) {
            return;
        }
        Html rows = new Html();
        for (String[] row : NAME_ROWS) {
            Set<String> values = new LinkedHashSet<>();
            labels.stream().filter(l -> l.isLiteral() && l.getLiteralLanguage().equalsIgnoreCase(row[0]))
                    .forEach(l -> values.add(l.getLiteralLexicalForm()));
            if (!values.isEmpty()) {
                rows.raw("<tr class=\"name-").text(row[0].isEmpty() ? "plain" : row[0]).raw("\"><th>")
                        .text(WORDS.get(lang, row[1]))
                        .raw("</th><td lang=\"").text(row[0]).raw("\">").text(String.join(" · ", values))
                        .raw("</td></tr>\n");
            }
        }
        if (!alternates.isEmpty()) {
            rows.raw("<tr class=\"name-alternate\"><th>").text(WORDS.get(lang, "alternateNames")).raw("</th><td>")
                    .text(String.join(" · ", alternates.stream().map(Node::getLiteralLexicalForm).distinct().toList()))
                    .raw("</td></tr>\n");
        }
        h.raw("<section id=\"names\"><h2>").text(WORDS.get(lang, "names")).raw("</h2>\n<table class=\"names\">\n")
                .raw(rows.toString()).raw("</table></section>\n");
    }

    private void description() {
        bestLiteral(objects(resource, Vocab.description)).ifPresent(text -> h.raw("<section id=\"description\"><h2>")
                .text(WORDS.get(lang, "description")).raw("</h2>\n<p>").text(text).raw("</p></section>\n"));
    }

    private void section(PageSection section) {
        List<Triple> facts = section.incoming()
                ? doc.find(Node.ANY, section.predicate(), resource).toList()
                : doc.find(resource, section.predicate(), Node.ANY).toList();
        if (facts.isEmpty()) {
            return;
        }
        facts.sort(Comparator.comparing(t -> Labels.best(doc, section.incoming() ? t.getSubject() : t.getObject(), lang)));
        h.raw("<section class=\"facts\" id=\"").text(section.key()).raw("\"><h2>").text(WORDS.get(lang, section.key()))
                .raw("</h2>\n<ul>\n");
        for (Triple fact : facts) {
            Node value = section.incoming() ? fact.getSubject() : fact.getObject();
            h.raw("<li>");
            switch (section.style()) {
                case CODE -> code(value);
                case GENE -> gene(value);
                case CITATION -> citation(value);
                case TEXT -> h.text(value.isLiteral() ? value.getLiteralLexicalForm() : value.toString());
                case LINK -> value(value);
            }
            evidence(fact);
            h.raw("</li>\n");
        }
        h.raw("</ul></section>\n");
    }

    private void code(Node code) {
        String system = Labels.literal(doc, code, Vocab.codingSystem);
        String value = Labels.literal(doc, code, Vocab.codeValue);
        if (system == null || value == null) {
            value(code);
            return;
        }
        h.element("span", "system", system).raw(" ");
        List<Node> resolvers = objects(code, Vocab.url);
        h.raw("<span class=\"code\">").link(resolvers.isEmpty() ? null : resolvers.get(0).getURI(), value).raw("</span>");
        if (mapping.isLocal(code)) {
            h.raw(" <a class=\"more\" title=\"").text(code.getURI()).raw("\" href=\"").text(mapping.localPath(code))
                    .raw("\">›</a>");
        }
    }

    private void gene(Node gene) {
        value(gene);
        for (Node protein : objects(gene, Vocab.encodesBioChemEntity)) {
            h.raw(" <span class=\"arrow\">→</span> ").element("span", "relation", WORDS.get(lang, "encodes"))
                    .raw(" ");
            value(protein);
            evidence(Triple.create(gene, Vocab.encodesBioChemEntity, protein));
        }
    }

    private void citation(Node work) {
        String title = bestLiteral(objects(work, Vocab.name)).or(() -> bestLiteral(objects(work, Vocab.text)))
                .orElse(Labels.lastSegment(work.getURI() == null ? "" : work.getURI()));
        List<Node> urls = objects(work, Vocab.url);
        h.raw("<cite>").link(urls.isEmpty() ? null : urls.get(0).getURI(), title).raw("</cite>");
        List<String> authors = objects(work, Vocab.author).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).toList();
        if (!authors.isEmpty()) {
            h.raw(" ").element("span", "authors", String.join("; ", authors));
        }
        for (Node periodical : objects(work, Vocab.isPartOf)) {
            bestLiteral(objects(periodical, Vocab.name)).ifPresent(name -> h.raw(" ").element("i", "journal", name));
        }
        bestLiteral(objects(work, Vocab.datePublished)).ifPresent(date -> h.raw(" ").element("span", "date", date));
        for (Node same : objects(work, Vocab.sameAs)) {
            String iri = same.getURI();
            String label = iri.startsWith("https://doi.org/") ? "DOI" : iri.contains("pubmed") ? "PubMed" : "link";
            h.raw(" [").link(iri, label).raw("]");
        }
        if (mapping.isLocal(work)) {
            h.raw(" <a class=\"more\" href=\"").text(mapping.localPath(work)).raw("\">›</a>");
        }
    }

    /** A value: a literal as text, a local resource as a link to its page, an outside IRI as a plain link. */
    private void value(Node value) {
        if (value.isLiteral()) {
            h.raw("<span lang=\"").text(value.getLiteralLanguage()).raw("\">").text(value.getLiteralLexicalForm())
                    .raw("</span>");
        } else if (value.isURI()) {
            String label = Labels.best(doc, value, lang);
            h.link(mapping.isLocal(value) ? mapping.localPath(value) : value.getURI(), label);
        } else {
            h.text(Labels.best(doc, value, lang));
        }
    }

    /** The sentences a fact was read from, with where they are. */
    private void evidence(Triple fact) {
        for (Triple t : doc.find(Node.ANY, RDF.subject.asNode(), fact.getSubject()).toList()) {
            Node e = t.getSubject();
            if (!doc.contains(e, RDF.predicate.asNode(), fact.getPredicate())
                    || !doc.contains(e, RDF.object.asNode(), fact.getObject())) {
                continue;
            }
            h.raw("<div class=\"evidence\"><span class=\"label\">").text(WORDS.get(lang, "evidence")).raw("</span> ");
            bestLiteral(objects(e, Vocab.value)).ifPresent(s -> h.raw("<q>").text(s).raw("</q>"));
            h.raw(" <span class=\"where\">").text(WORDS.get(lang, "line")).raw(" ")
                    .text(String.valueOf(Labels.literal(doc, e, Vocab.line))).raw(", ").text(WORDS.get(lang, "column"))
                    .raw(" ").text(String.valueOf(Labels.literal(doc, e, Vocab.column))).raw(", ")
                    .text(WORDS.get(lang, "inSection")).raw(" ")
                    .text(bestLiteral(objects(e, Vocab.section)).orElse(WORDS.get(lang, "lead")));
            for (Node source : objects(e, Vocab.wasDerivedFrom)) {
                if (source.isURI()) {
                    h.raw(" · ").link(source.getURI(), WORDS.get(lang, "source"));
                }
            }
            h.raw("</span></div>");
        }
    }

    private void otherFacts() {
        Set<Node> shown = new LinkedHashSet<>(HEADER);
        PageSection.bundled().stream().filter(s -> !s.incoming()).forEach(s -> shown.add(s.predicate()));
        List<Triple> rest = doc.find(resource, Node.ANY, Node.ANY).filterDrop(t -> shown.contains(t.getPredicate()))
                .toList();
        if (rest.isEmpty()) {
            return;
        }
        h.raw("<section id=\"other\"><h2>").text(WORDS.get(lang, "otherProperties")).raw("</h2>\n<table>\n");
        for (Triple t : rest) {
            h.raw("<tr><th>").text(abbreviate(t.getPredicate())).raw("</th><td>");
            value(t.getObject());
            h.raw("</td></tr>\n");
        }
        h.raw("</table></section>\n");
    }

    private void wikipediaLinks() {
        List<Node> pages = new ArrayList<>(objects(resource, Vocab.mainEntityOfPage));
        pages.addAll(objects(resource, Vocab.isPrimaryTopicOf));
        List<Node> links = objects(resource, Vocab.wikiPageWikiLink);
        if (pages.isEmpty() && links.isEmpty()) {
            return;
        }
        h.raw("<section id=\"sources\"><h2>").text(WORDS.get(lang, "sources")).raw("</h2>\n<ul>");
        pages.stream().filter(Node::isURI).map(Node::getURI).distinct()
                .forEach(p -> h.raw("<li>").link(p, Labels.lastSegment(p)).raw("</li>"));
        h.raw("</ul>\n");
        if (!links.isEmpty()) {
            h.raw("<details><summary>").text(WORDS.get(lang, "links") + " (" + links.size() + ")").raw("</summary><ul class=\"links\">");
            links.stream().filter(Node::isURI).map(Node::getURI).sorted()
                    .forEach(l -> h.raw("<li>").link(l, Labels.lastSegment(l)).raw("</li>"));
            h.raw("</ul></details>\n");
        }
        h.raw("</section>\n");
    }

    private void dataLinks(String local) {
        h.raw("<section id=\"data\"><h2>").text(WORDS.get(lang, "data")).raw("</h2>\n<p>");
        for (DocumentFormat f : DocumentFormat.RDF) {
            h.link("/data" + local + "." + f.extension(), f.displayName()).raw(" · ");
        }
        String query = "SELECT ?property ?value ?graph\nWHERE {\n  GRAPH ?graph { <" + resource.getURI()
                + "> ?property ?value }\n}\nLIMIT 500";
        h.link(PageLayout.withLang("/query", Map.of("query", query), lang), WORDS.get(lang, "sparql")).raw(" (")
                .link("/sparql?output=text&query=" + PageLayout.encode(query), WORDS.get(lang, "run")).raw(")")
                .raw("</p></section>\n");
    }

    private String abbreviate(Node predicate) {
        String prefixed = prefixes.abbreviate(predicate.getURI());
        return prefixed == null ? predicate.getURI() : prefixed;
    }

    private List<Node> objects(Node subject, Node predicate) {
        return doc.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The literal whose language suits the page best. */
    private Optional<String> bestLiteral(List<Node> literals) {
        return lang.best(literals);
    }
}
