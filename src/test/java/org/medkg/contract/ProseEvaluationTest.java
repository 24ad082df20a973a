package org.medkg.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the prose facts (gene, protein, encodes, drug, inherit) over the held-out
 * evaluation set in src/test/resources/eval, written by someone other than the rules' author. Writes the
 * table to target/prose-evaluation.md; fails when a kind falls below the floors recorded in
 * bench/README.md, so a rule change that loses accuracy is noticed.
 */
class ProseEvaluationTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final List<String> KINDS = List.of("gene", "protein", "encodes", "drug", "inherit");
    private static final double RECALL_FLOOR = 0.85;
    private static final double PRECISION_FLOOR = 0.85;
    private static final String PICK = """
            SELECT ?d { ?d a schema:MedicalCondition . OPTIONAL { ?d schema:code ?c } }
            GROUP BY ?d ORDER BY DESC(COUNT(?c)) STR(?d) LIMIT 1""";

    /** Counts of one kind of fact: expected and found, matched each way. */
    private static final class Tally {
        int expected;
        int recalled;
        int extracted;
        int correct;
    }

    @Test
    void precisionAndRecallPerKind() throws IOException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        KINDS.forEach(k -> tallies.put(k, new Tally()));
        List<String> misses = new ArrayList<>();
        List<Path> articles;
        try (Stream<Path> walk = Files.walk(EVAL)) {
            articles = walk.filter(p -> p.toString().endsWith(".wiki")).sorted().toList();
        }
        for (Path article : articles) {
            Model m = Extraction.of(article).dataset().getUnionModel();
            List<String> spec = Files.readAllLines(Path.of(article.toString().replace(".wiki", ".spec")));
            score(article, m, spec, tallies, misses);
        }
        String table = table(tallies, articles.size());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/prose-evaluation.md"), table + "\n" + String.join("\n", misses) + "\n",
                StandardCharsets.UTF_8);
        System.out.println(table);
        misses.forEach(System.out::println);
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            assertTrue(recall(t) >= RECALL_FLOOR, e.getKey() + " recall " + recall(t));
            assertTrue(precision(t) >= PRECISION_FLOOR, e.getKey() + " precision " + precision(t));
        }
    }

    private static void score(Path article, Model m, List<String> spec, Map<String, Tally> tallies,
                              List<String> misses) {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        KINDS.forEach(k -> expected.put(k, new HashSet<>()));
        for (String line : spec) {
            String[] f = (line + "||").split("\\|", -1);
            if (expected.containsKey(f[0])) {
                expected.get(f[0]).add(f[0].equals("encodes") ? f[1] + "→" + f[2] : norm(f[1]));
            }
        }
        Map<String, List<Set<String>>> found = found(m);
        for (String kind : KINDS) {
            Tally t = tallies.get(kind);
            Set<String> want = expected.get(kind);
            List<Set<String>> got = found.get(kind);
            t.expected += want.size();
            t.extracted += got.size();
            for (String w : want) {
                if (got.stream().anyMatch(names -> names.contains(w))) {
                    t.recalled++;
                } else {
                    misses.add("- missed " + kind + " " + w + " in " + article.getFileName());
                }
            }
            for (Set<String> names : got) {
                if (names.stream().anyMatch(want::contains)) {
                    t.correct++;
                } else {
                    misses.add("- extra " + kind + " " + names + " in " + article.getFileName());
                }
            }
        }
    }

    /** The facts found, per kind: one set of names per extracted entity (or pair, or term). */
    private static Map<String, List<Set<String>>> found(Model m) {
        Map<String, List<Set<String>>> found = new LinkedHashMap<>();
        found.put("gene", groups(m, "?g a schema:Gene ; schema:associatedDisease ?d ; schema:name ?n . BIND(?g AS ?x)"));
        found.put("protein", groups(m, "?x a schema:Protein ; schema:name|schema:alternateName ?n ."));
        found.put("encodes", groups(m, "?g schema:encodesBioChemEntity ?p ; schema:name ?gn . ?p schema:name|schema:alternateName ?pn ."
                + " BIND(CONCAT(STR(?gn), \"→\", STR(?pn)) AS ?n) BIND(CONCAT(STR(?g), STR(?p)) AS ?x)"));
        found.put("drug", groups(m, "?d schema:drug ?x . ?x schema:name ?n ."));
        found.put("inherit", groups(m, "?d <https://w3id.org/medkg/ontology#inheritancePattern> ?i ."
                + " BIND(REPLACE(STR(?i), \"^.*/\", \"\") AS ?n) BIND(?i AS ?x)"));
        return found;
    }

    private static List<Set<String>> groups(Model m, String pattern) {
        String q = "PREFIX schema: <http://schema.org/>\nSELECT ?x ?n { { " + PICK + " } " + pattern + " }";
        Map<String, Set<String>> byEntity = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> byEntity.computeIfAbsent(r.get("x").toString(),
                    k -> new HashSet<>()).add(r.get("n").toString().contains("→") ? r.getLiteral("n").getString()
                    : norm(r.getLiteral("n").getString())));
        }
        return new ArrayList<>(byEntity.values());
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static double recall(Tally t) {
        return t.expected == 0 ? 1 : (double) t.recalled / t.expected;
    }

    private static double precision(Tally t) {
        return t.extracted == 0 ? 1 : (double) t.correct / t.extracted;
    }

    private static String table(Map<String, Tally> tallies, int articles) {
        StringBuilder b = new StringBuilder("Prose facts over " + articles + " held-out articles\n\n"
                + "| kind | expected | recalled | recall | extracted | correct | precision |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        tallies.forEach((k, t) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.2f |%n",
                k, t.expected, t.recalled, recall(t), t.extracted, t.correct, precision(t))));
        return b.toString();
    }
}
