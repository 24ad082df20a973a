package org.medkg.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;

/**
 * Scores extracted RDF against specs in the contract's format, kind by kind. Recall: the share of a kind's
 * spec lines that hold ({@link SpecChecker}). Precision, for the kinds whose extracted facts can be listed
 * through the contract's vocabulary (code, gene, protein, encodes, drug, inherit): the share of extracted
 * entities that some spec line names; one that only a {@code # optional:} line names counts neither way.
 * A gene–protein pair is named by an encodes line, or by a gene line and a protein line of the same spec
 * (optionally, when either line is optional).
 */
final class FactEvaluation {
    /** The kinds scored, in the order of the table. */
    static final List<String> KINDS = List.of("label", "alt", "code", "gene", "notgene", "protein", "encodes",
            "drug", "inherit", "none");
    private static final Pattern OPTIONAL = Pattern.compile("^#\\s*optional[^:]*:\\s*([a-z]+)\\|([^|]*)\\|(\\S*)");
    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String PICK = """
            { SELECT ?d { ?d a schema:MedicalCondition . OPTIONAL { ?d schema:code ?c } }
              GROUP BY ?d ORDER BY DESC(COUNT(?c)) STR(?d) LIMIT 1 }""";
    private static final String INHERITANCE_TERMS = "\"HP_0000007\", \"HP_0000006\", \"HP_0001417\", \"HP_0001419\","
            + " \"HP_0001423\", \"HP_0001427\", \"HP_0001450\"";
    /** For each listable kind, a query binding ?x (one extracted entity) and ?n (one of its names, or a key). */
    private static final Map<String, String> EXTRACTED = ordered(
            "code", "?d schema:code ?x . ?x schema:codingSystem ?s ; schema:codeValue ?v ."
                    + " BIND(CONCAT(STR(?s), \"|\", STR(?v)) AS ?n)",
            "gene", "?x a schema:Gene ; schema:associatedDisease ?d ; schema:name|rdfs:label ?n .",
            "protein", "?x a schema:Protein ; schema:name|schema:alternateName|rdfs:label ?n .",
            "encodes", "?g a schema:Gene ; schema:name|rdfs:label ?gn ; schema:encodesBioChemEntity ?p ."
                    + " ?p schema:name|schema:alternateName|rdfs:label ?pn ."
                    + " BIND(CONCAT(STR(?gn), \"|\", STR(?pn)) AS ?n) BIND(CONCAT(STR(?g), \" \", STR(?p)) AS ?x)",
            "drug", "?d schema:drug ?x . ?x a schema:Drug ; schema:name|rdfs:label ?n .",
            "inherit", "{ ?d ?p ?i } UNION { ?d ?p ?y . ?y owl:sameAs|skos:exactMatch ?i }"
                    + " FILTER(isIRI(?i)) BIND(REPLACE(STR(?i), \"^.*/\", \"\") AS ?n)"
                    + " FILTER(?n IN (" + INHERITANCE_TERMS + ")) BIND(?n AS ?x)");

    /** The pairs in the order given, so the report lists extras in the same order every run. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Counts of one kind: spec lines and how many hold; extracted entities and how many a spec line names. */
    static final class Tally {
        int expected;
        int recalled;
        int extracted;
        int correct;

        double recall() {
            return expected == 0 ? 1 : (double) recalled / expected;
        }

        double precision() {
            return extracted == 0 ? 1 : (double) correct / extracted;
        }

        boolean hasPrecision() {
            return extracted > 0;
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int articles;

    FactEvaluation() {
        KINDS.forEach(k -> tallies.put(k, new Tally()));
    }

    Tally tally(String kind) {
        return tallies.get(kind);
    }

    /** Scores one article's output against its spec; misses and extras go to the notes. */
    void score(String article, Model output, List<String> spec) {
        articles++;
        Map<String, Set<String>> named = new LinkedHashMap<>();
        Map<String, Set<String>> optional = new LinkedHashMap<>();
        for (String line : spec) {
            Matcher m = OPTIONAL.matcher(line);
            if (m.find()) {
                optional.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(key(m.group(1), m.group(2), m.group(3)));
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = (line + "||").split("\\|", -1);
            Tally t = tallies.get(f[0]);
            if (t == null) {
                continue;
            }
            named.computeIfAbsent(f[0], k -> new HashSet<>()).add(key(f[0], f[1], f[2]));
            t.expected++;
            if (SpecChecker.missing(output, List.of(line)).isEmpty()) {
                t.recalled++;
            } else {
                notes.add(article + ": missed " + line);
            }
        }
        pairGenesWithProteins(named, named, named);
        pairGenesWithProteins(named, optional, optional);
        pairGenesWithProteins(optional, named, optional);
        pairGenesWithProteins(optional, optional, optional);
        for (Map.Entry<String, String> e : EXTRACTED.entrySet()) {
            String kind = e.getKey();
            Set<String> want = named.getOrDefault(kind, Set.of());
            Set<String> maybe = optional.getOrDefault(kind, Set.of());
            Tally t = tallies.get(kind);
            for (Set<String> names : extracted(output, kind, e.getValue())) {
                if (names.stream().anyMatch(want::contains)) {
                    t.extracted++;
                    t.correct++;
                } else if (names.stream().noneMatch(maybe::contains)) {
                    t.extracted++;
                    notes.add(article + ": extra " + kind + " " + names.stream().sorted().toList());
                }
            }
        }
    }

    /**
     * A spec that names a causative gene and a protein without saying which encodes which lets any such pair
     * count as right: specs list the gene and its product, and the link between them is the reader's to make.
     */
    private static void pairGenesWithProteins(Map<String, Set<String>> genes, Map<String, Set<String>> proteins,
                                              Map<String, Set<String>> into) {
        for (String gene : Set.copyOf(genes.getOrDefault("gene", Set.of()))) {
            for (String protein : Set.copyOf(proteins.getOrDefault("protein", Set.of()))) {
                into.computeIfAbsent("encodes", k -> new HashSet<>()).add(gene + "|" + protein);
            }
        }
    }

    /** The comparable form of a spec line's value: drugs ignore case, encodes pairs gene and protein. */
    private static String key(String kind, String a, String b) {
        return switch (kind) {
            case "drug" -> a.strip().toLowerCase(Locale.ROOT);
            case "encodes", "code" -> a.strip() + "|" + b.strip();
            default -> a.strip();
        };
    }

    private static List<Set<String>> extracted(Model m, String kind, String pattern) {
        String q = PREFIXES + "SELECT ?x ?n { " + PICK + " " + pattern + " }";
        Map<String, Set<String>> byEntity = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> byEntity.computeIfAbsent(r.get("x").toString(),
                    k -> new HashSet<>()).add(kind.equals("drug")
                    ? r.getLiteral("n").getString().strip().toLowerCase(Locale.ROOT)
                    : r.getLiteral("n").getString().strip()));
        }
        return new ArrayList<>(byEntity.values());
    }

    /** The table in Markdown: one row a kind; precision where the kind's extracted facts can be listed. */
    String table(String title) {
        StringBuilder b = new StringBuilder(title + " (" + articles + " pages)\n\n"
                + "| kind | expected | found | recall | extracted | right | precision |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        tallies.forEach((kind, t) -> {
            boolean listed = EXTRACTED.containsKey(kind);
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %s | %s | %s |%n", kind, t.expected,
                    t.recalled, t.recall(), listed ? t.extracted : "", listed ? t.correct : "",
                    listed ? String.format(Locale.ROOT, "%.2f", t.precision()) : ""));
        });
        return b.toString();
    }

    /** Each miss and extra, a line each, in article order. */
    List<String> notes() {
        return List.copyOf(notes);
    }
}
