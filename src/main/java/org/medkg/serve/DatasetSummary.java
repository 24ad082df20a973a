package org.medkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.medkg.store.StoreStats;

/**
 * What the served dataset holds, measured once (the store does not change while served): the store's counts,
 * the number of distinct IRI subjects (VoID's entities), the instances of each class, the latest extraction
 * time, and a few diseases to start browsing from.
 *
 * @param stats       the store's counts
 * @param entities    distinct IRI subjects of the union graph
 * @param classes     class → number of instances, most frequent first
 * @param modified    the latest {@code prov:generatedAtTime}, or null
 * @param sampleDiseases up to {@value #SAMPLES} diseases
 */
public record DatasetSummary(StoreStats stats, long entities, Map<Node, Long> classes, Node modified,
                             List<Node> sampleDiseases) {
    static final int SAMPLES = 40;

    /** Measures the store in one read transaction. */
    public static DatasetSummary measure(DatasetGraph dsg) {
        StoreStats stats = StoreStats.of(dsg);
        return Txn.calculateRead(dsg, () -> {
            long entities = ((Number) single(dsg,
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(isIRI(?s)) }").getLiteralValue()).longValue();
            Map<Node, Long> classes = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(
                    "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c").build()) {
                exec.select().forEachRemaining(row -> classes.put(row.get("c"),
                        ((Number) row.get("n").getLiteralValue()).longValue()));
            }
            Node modified = single(dsg, "SELECT (MAX(?t) AS ?n) { GRAPH ?g { ?g <http://www.w3.org/ns/prov#generatedAtTime> ?t } }");
            List<Node> samples = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query("SELECT DISTINCT ?d { ?d a <http://schema.org/MedicalCondition> "
                    + "FILTER(isIRI(?d)) } LIMIT " + SAMPLES).build()) {
                exec.select().forEachRemaining(row -> samples.add(row.get("d")));
            }
            return new DatasetSummary(stats, entities, classes, modified, samples);
        });
    }

    private static Node single(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = exec.select();
            return rows.hasNext() ? rows.next().get("n") : null;
        }
    }
}
