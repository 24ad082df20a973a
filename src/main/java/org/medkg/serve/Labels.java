package org.medkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.medkg.rdf.Vocab;

/**
 * Names of resources for people: the best label of a node in a {@link DisplayLanguage}, from the labels a
 * data document carries ({@code rdfs:label}, {@code schema:name}, {@code skos:prefLabel}; an other name,
 * {@code schema:alternateName}, when its language suits better), falling back to a code's "system value" and
 * finally to the IRI's last segment.
 */
final class Labels {
    private static final List<Node> LABEL_PREDICATES = List.of(RDFS.label.asNode(), Vocab.name, Vocab.prefLabel);

    private Labels() {
    }

    /** The best label of {@code node} in {@code graph} for {@code language}. */
    static String best(Graph graph, Node node, DisplayLanguage language) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        Optional<String> name = choose(literals(graph, node, LABEL_PREDICATES),
                literals(graph, node, List.of(Vocab.alternateName)), language);
        if (name.isPresent()) {
            return name.get();
        }
        String system = literal(graph, node, Vocab.codingSystem);
        String value = literal(graph, node, Vocab.codeValue);
        if (system != null && value != null) {
            return system + " " + value;
        }
        return node.isURI() ? lastSegment(node.getURI()) : "";
    }

    /**
     * The name to show among a resource's names and other names: the name that suits the language best, or an
     * other name (an English abbreviation) when it suits the language better than every name. Empty when there
     * are neither.
     */
    static Optional<String> choose(List<Node> names, List<Node> alternates, DisplayLanguage language) {
        Optional<Node> name = language.bestLiteral(names);
        Optional<Node> alternate = language.bestLiteral(alternates);
        boolean alternateBetter = alternate.isPresent() && (name.isEmpty()
                || language.rank(alternate.get().getLiteralLanguage()) < language.rank(name.get().getLiteralLanguage()));
        return (alternateBetter ? alternate : name).map(Node::getLiteralLexicalForm);
    }

    private static List<Node> literals(Graph graph, Node node, List<Node> predicates) {
        List<Node> literals = new ArrayList<>();
        for (Node p : predicates) {
            graph.find(node, p, Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral()) {
                    literals.add(t.getObject());
                }
            });
        }
        return literals;
    }

    /** The lexical form of one literal value of {@code predicate}, or null. */
    static String literal(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).filterKeep(t -> t.getObject().isLiteral())
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse(null);
    }

    /** The last path segment (or fragment) of an IRI, decoded, with '_' as a space. */
    static String lastSegment(String iri) {
        String tail = iri.replaceAll("/+$", "");
        int cut = Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('#'));
        String segment = cut >= 0 && cut < tail.length() - 1 ? tail.substring(cut + 1) : tail;
        try {
            segment = java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep it encoded
        }
        return segment.replace('_', ' ');
    }
}
