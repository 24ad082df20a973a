package org.medkg.contract;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;

/**
 * The output contract's fact check ({@code shared/contract/check}) in Java: the same SPARQL for each kind
 * of fact, run with ARQ over the union of the graphs. A spec line is {@code kind|a|b}; '#' starts a comment.
 */
final class SpecChecker {
    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String PICK = "{ SELECT ?d { ?d a schema:MedicalCondition . OPTIONAL { ?d schema:code ?c } }"
            + " GROUP BY ?d ORDER BY DESC(COUNT(?c)) STR(?d) LIMIT 1 }";

    private SpecChecker() {
    }

    /** The spec lines that do not hold in {@code data}; empty when every fact holds. */
    static List<String> missing(Model data, List<String> spec) {
        List<String> missing = new ArrayList<>();
        for (String line : spec) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = (line + "||").split("\\|", -1);
            String q = query(f[0], esc(f[1]), esc(f[2]));
            try (QueryExecution qe = QueryExecution.model(data).query(PREFIXES + "ASK { " + q + " }").build()) {
                if (!qe.execAsk()) {
                    missing.add(line);
                }
            }
        }
        return missing;
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String query(String kind, String a, String b) {
        return switch (kind) {
            case "label" -> PICK + " { ?d rdfs:label|schema:name ?l . FILTER(str(?l) = \"" + a + "\" && lang(?l) = \"" + b + "\") }";
            case "alt" -> PICK + " { ?d schema:alternateName ?l . FILTER(str(?l) = \"" + a + "\") }";
            case "code" -> PICK + " { ?d schema:code ?c . ?c a schema:MedicalCode ; schema:codingSystem ?s ; schema:codeValue ?v ."
                    + " FILTER(str(?s) = \"" + a + "\" && str(?v) = \"" + b + "\") }";
            case "codeiri" -> PICK + " { ?d schema:code ?c . ?c schema:codingSystem ?s ; schema:codeValue ?v ;"
                    + " (schema:url|owl:sameAs|skos:exactMatch) ?u . FILTER(str(?s) = \"" + a + "\" && str(?v) = \"" + b
                    + "\" && isIRI(?u) && CONTAINS(str(?u), \"" + b + "\")) }";
            case "gene" -> PICK + " { ?g a schema:Gene ; schema:name|rdfs:label ?n ; schema:associatedDisease ?d ."
                    + " FILTER(str(?n) = \"" + a + "\") }";
            case "generef" -> "{ ?g a schema:Gene ; schema:name|rdfs:label ?n ; (owl:sameAs|skos:exactMatch) ?x ."
                    + " FILTER(str(?n) = \"" + a + "\" && LCASE(str(?x)) = LCASE(\"https://identifiers.org/hgnc.symbol:" + a + "\")) }";
            case "notgene" -> PICK + " FILTER NOT EXISTS { ?g a schema:Gene ; schema:name|rdfs:label ?n ;"
                    + " schema:associatedDisease ?d . FILTER(str(?n) = \"" + a + "\") }";
            case "protein" -> "{ ?p a schema:Protein ; schema:name|schema:alternateName|rdfs:label ?n . FILTER(str(?n) = \"" + a + "\") }";
            case "encodes" -> "{ ?g a schema:Gene ; schema:name|rdfs:label ?gn ; schema:encodesBioChemEntity ?p ."
                    + " ?p schema:name|schema:alternateName|rdfs:label ?pn . FILTER(str(?gn) = \"" + a + "\" && str(?pn) = \"" + b + "\") }";
            case "drug" -> PICK + " { ?d schema:drug ?x . ?x a schema:Drug ; schema:name|rdfs:label ?n ."
                    + " FILTER(LCASE(str(?n)) = LCASE(\"" + a + "\")) }";
            case "inherit" -> PICK + " { { ?d ?p <http://purl.obolibrary.org/obo/" + a + "> } UNION"
                    + " { ?d ?p ?i . ?i (owl:sameAs|skos:exactMatch) <http://purl.obolibrary.org/obo/" + a + "> } }";
            case "link" -> PICK + " { { ?d ?p <" + a + "> } UNION { ?d ?p ?x . ?x ?q <" + a + "> } }";
            case "count" -> PICK + " { SELECT ?d (COUNT(DISTINCT ?o) AS ?k) { ?d " + a + " ?o } GROUP BY ?d } FILTER(?k >= " + b + ")";
            case "none" -> "FILTER NOT EXISTS { ?d a schema:MedicalCondition ; schema:code ?c }";
            default -> throw new IllegalArgumentException("unknown kind of fact: " + kind);
        };
    }
}
