package org.medkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.medkg.rdf.Vocab;

/**
 * The picture of a resource's neighbourhood, drawn on the server as inline SVG (no script, no library): the
 * resource in the middle, the resources of its page sections on a ring around it (edges named by the section),
 * and the proteins its genes encode on an outer ring. Each node links to its page.
 */
final class NeighbourhoodSvg {
    static final int MAX_NEIGHBOURS = 18;
    /** No section takes more of the ring than this (a disease may have twenty codes). */
    static final int MAX_PER_SECTION = 4;
    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final Messages WORDS = Messages.bundled();

    private record Neighbour(Node node, String section, Node hopFrom) { }

    private final Node resource;
    private final Graph doc;
    private final DisplayLanguage lang;
    private final IriMapping mapping;

    NeighbourhoodSvg(Node resource, Graph doc, DisplayLanguage lang, IriMapping mapping) {
        this.resource = resource;
        this.doc = doc;
        this.lang = lang;
        this.mapping = mapping;
    }

    String render() {
        List<Neighbour> ring = neighbours();
        Html h = new Html();
        h.raw("<svg class=\"neighbourhood\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"").text(WORDS.get(lang, "neighbourhood")).raw("\">\n");
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        List<Neighbour> first = ring.stream().filter(n -> n.hopFrom() == null).toList();
        List<double[]> places = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            double angle = 2 * Math.PI * i / first.size() - Math.PI / 2;
            places.add(new double[] {cx + 210 * Math.cos(angle), cy + 125 * Math.sin(angle), angle});
        }
        StringBuilder edges = new StringBuilder();
        Html nodes = new Html();
        for (int i = 0; i < first.size(); i++) {
            double[] p = places.get(i);
            edge(edges, cx, cy, p[0], p[1], WORDS.get(lang, first.get(i).section()));
            node(nodes, first.get(i), p[0], p[1]);
            for (Neighbour hop : ring) {
                if (first.get(i).node().equals(hop.hopFrom())) {
                    double hx = cx + 320 * Math.cos(p[2]);
                    double hy = cy + 195 * Math.sin(p[2]);
                    edge(edges, p[0], p[1], hx, hy, WORDS.get(lang, hop.section()));
                    node(nodes, hop, hx, hy);
                }
            }
        }
        h.raw(edges.toString()).raw(nodes.toString());
        h.raw(String.format(Locale.ROOT, "<g class=\"centre\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"12\"/>", cx, cy))
                .raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", cx, cy - 18))
                .text(shorten(Labels.best(doc, resource, lang))).raw("</text></g>\n</svg>\n");
        return h.toString();
    }

    private List<Neighbour> neighbours() {
        List<Neighbour> ring = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>(List.of(resource));
        for (PageSection s : PageSection.bundled()) {
            if (s.style() == PageSection.Style.TEXT || s.style() == PageSection.Style.CITATION) {
                continue;
            }
            List<Triple> facts = s.incoming() ? doc.find(Node.ANY, s.predicate(), resource).toList()
                    : doc.find(resource, s.predicate(), Node.ANY).toList();
            for (Triple t : facts.subList(0, Math.min(facts.size(), MAX_PER_SECTION))) {
                Node n = s.incoming() ? t.getSubject() : t.getObject();
                if (n.isURI() && (mapping.isLocal(n) || doc.contains(n, Node.ANY, Node.ANY)) && seen.add(n)
                        && seen.size() <= MAX_NEIGHBOURS + 1) {
                    ring.add(new Neighbour(n, s.key(), null));
                    if (s.style() == PageSection.Style.GENE) {
                        doc.find(n, Vocab.encodesBioChemEntity, Node.ANY).forEach(e -> {
                            if (seen.add(e.getObject())) {
                                ring.add(new Neighbour(e.getObject(), "encodes", n));
                            }
                        });
                    }
                }
            }
        }
        return ring;
    }

    private static void edge(StringBuilder out, double x1, double y1, double x2, double y2, String label) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x1, y1, x2, y2))
                .append(String.format(Locale.ROOT, "<text class=\"edge\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">",
                        x1 + (x2 - x1) * 0.62, y1 + (y2 - y1) * 0.62 - 3))
                .append(Html.escape(label)).append("</text>\n");
    }

    private void node(Html out, Neighbour n, double x, double y) {
        String label = Labels.best(doc, n.node(), lang);
        String href = mapping.isLocal(n.node()) ? mapping.localPath(n.node()) : n.node().getURI();
        out.raw("<a href=\"").text(Html.isSafeHref(href) ? href : "#").raw("\" class=\"node n-").text(n.section())
                .raw("\"><title>").text(label).raw("</title>")
                .raw(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\"/>", x, y))
                .raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", x, y + 22))
                .text(shorten(label)).raw("</text></a>\n");
    }

    private static String shorten(String label) {
        return label.codePointCount(0, label.length()) <= 18 ? label
                : label.substring(0, label.offsetByCodePoints(0, 17)) + "…";
    }
}
