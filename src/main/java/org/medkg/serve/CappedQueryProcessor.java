package org.medkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query processor with a result-size limit: a query without a {@code LIMIT}, or with a larger
 * one, runs with {@code LIMIT maxResults} (rows for SELECT, solutions for CONSTRUCT and DESCRIBE).
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    private final long maxResults;

    CappedQueryProcessor(long maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || q.hasLimit() && q.getLimit() <= maxResults) {
            return decided;
        }
        Query capped = q == query ? q.cloneQuery() : q;
        capped.setLimit(maxResults);
        return Pair.create(decided.getLeft(), capped);
    }
}
