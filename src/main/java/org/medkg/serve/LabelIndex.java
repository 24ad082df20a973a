package org.medkg.serve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.medkg.extract.ChineseScript;
import org.medkg.rdf.Vocab;

/**
 * Search over the names of every resource, in every script: each label ({@code rdfs:label}, {@code schema:name},
 * {@code schema:alternateName}, {@code skos:prefLabel}) is kept under a key that folds case, width (NFKC) and
 * Chinese script (to simplified), and a query is folded the same way, so 脊髓性肌肉萎縮症, 脊髓性肌肉萎缩症 and a
 * mix of both find the same disease. Built once from the store (which does not change while it is served).
 * Hits rank exact over prefix over substring, diseases before other resources, then shorter names first.
 */
public final class LabelIndex {
    /** One hit: the resource, the name that matched, and the resource's types. */
    public record Hit(Node resource, String matched, List<Node> types) { }

    private record Entry(Node resource, String label, String key) { }

    private static final List<Node> NAME_PREDICATES = List.of(RDFS.label.asNode(), Vocab.name, Vocab.alternateName,
            Vocab.prefLabel);
    private static final List<Node> TYPE_ORDER = List.of(Vocab.MedicalCondition, Vocab.Gene, Vocab.Protein,
            Vocab.Drug, Vocab.MedicalTherapy, Vocab.MedicalSignOrSymptom);

    private final List<Entry> entries;
    private final Map<Node, List<Node>> names;
    private final Map<Node, List<Node>> alternates;
    private final Map<Node, List<Node>> types;

    private LabelIndex(List<Entry> entries, Map<Node, List<Node>> names, Map<Node, List<Node>> alternates,
                       Map<Node, List<Node>> types) {
        this.entries = entries;
        this.names = names;
        this.alternates = alternates;
        this.types = types;
    }

    /** Reads every name of every IRI-named resource in the store. */
    public static LabelIndex build(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Entry> unique = new HashMap<>();
            Map<Node, List<Node>> names = new HashMap<>();
            Map<Node, List<Node>> alternates = new HashMap<>();
            Map<Node, List<Node>> types = new HashMap<>();
            for (Node p : NAME_PREDICATES) {
                dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getSubject().isURI() && q.getObject().isLiteral()) {
                        String label = q.getObject().getLiteralLexicalForm();
                        unique.putIfAbsent(q.getSubject().getURI() + '\n' + label,
                                new Entry(q.getSubject(), label, fold(label)));
                        addOnce(p.equals(Vocab.alternateName) ? alternates : names, q.getSubject(), q.getObject());
                    }
                });
            }
            dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY)
                    .forEachRemaining((Quad q) -> addOnce(types, q.getSubject(), q.getObject()));
            return new LabelIndex(List.copyOf(unique.values()), names, alternates, types);
        });
    }

    private static void addOnce(Map<Node, List<Node>> map, Node key, Node value) {
        List<Node> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** Folds case, width and Chinese script, and collapses white space. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("[\\s_]+", " ");
        return ChineseScript.hasHan(s) ? ChineseScript.toSimplified(s) : s;
    }

    /** Up to {@code limit} resources whose names contain the query, best first, one hit per resource. */
    public List<Hit> search(String query, int limit) {
        String key = fold(query);
        if (key.isEmpty()) {
            return List.of();
        }
        record Scored(Entry entry, int score) { }
        Map<Node, Scored> best = new HashMap<>();
        for (Entry e : entries) {
            int at = e.key().indexOf(key);
            if (at < 0) {
                continue;
            }
            int score = e.key().length() == key.length() ? 0 : at == 0 ? 1 : 2;
            best.merge(e.resource(), new Scored(e, score), (a, b) -> b.score() < a.score()
                    || b.score() == a.score() && b.entry().label().length() < a.entry().label().length() ? b : a);
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Scored::score)
                        .thenComparingInt(s -> typeRank(s.entry().resource()))
                        .thenComparingInt(s -> s.entry().label().length())
                        .thenComparing(s -> s.entry().resource().getURI()))
                .limit(limit)
                .map(s -> new Hit(s.entry().resource(), s.entry().label(),
                        types.getOrDefault(s.entry().resource(), List.of())))
                .toList();
    }

    /** The name of a resource to show in a display language, chosen as pages choose it; empty if it has none. */
    public Optional<String> name(Node resource, DisplayLanguage language) {
        return Labels.choose(names.getOrDefault(resource, List.of()), alternates.getOrDefault(resource, List.of()),
                language);
    }

    /** The number of names indexed. */
    public int size() {
        return entries.size();
    }

    private int typeRank(Node resource) {
        int rank = TYPE_ORDER.size();
        for (Node t : types.getOrDefault(resource, List.of())) {
            int i = TYPE_ORDER.indexOf(t);
            if (i >= 0 && i < rank) {
                rank = i;
            }
        }
        return rank;
    }
}
