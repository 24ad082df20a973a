package org.medkg.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * What a store holds. {@code articles}: named graphs that describe themselves as an article's graph
 * ({@code <G> a prov:Entity} inside G); {@code diseases}, {@code genes}, {@code drugs}: distinct resources of
 * type {@code schema:MedicalCondition}, {@code schema:Gene}, {@code schema:Drug} in the union graph;
 * {@code triples}: distinct triples of the union graph (a triple in two article graphs counts once);
 * {@code quads}: triples summed over all graphs; {@code graphs}: named graphs.
 */
public record StoreStats(long articles, long diseases, long genes, long drugs, long triples, long quads,
                         long graphs) {

    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    /** Counts in one read transaction; the type counts are SPARQL over the union default graph. */
    public static StoreStats of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new StoreStats(
                count(dsg, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a prov:Entity } }"),
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a schema:MedicalCondition }"),
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a schema:Gene }"),
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a schema:Drug }"),
                Iter.count(MedkgStore.unionTriples(dsg)),
                Iter.count(dsg.find()),
                Iter.count(dsg.listGraphNodes())));
    }

    private static long count(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
            RowSet rows = exec.select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    /** One "name value" line each, in a fixed order. */
    @Override
    public String toString() {
        return String.format("articles  %d%ndiseases  %d%ngenes     %d%ndrugs     %d%ntriples   %d%nquads     %d%n"
                + "graphs    %d%n", articles, diseases, genes, drugs, triples, quads, graphs);
    }
}
