package org.medkg.store;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Sends each article graph to a SPARQL 1.1 Graph Store Protocol server instead of the local store:
 * {@code PUT <endpoint>?graph=<graph IRI>} with the graph as Turtle, which replaces that graph on the server
 * (so, as with the local store, loading again is idempotent). Each PUT is one graph, atomic on the server;
 * there is no transaction across graphs.
 *
 * <p>A failed PUT is tried again {@code retries} times, waiting {@code backoff}, then twice that, and so on,
 * when the server could not be reached or answered 5xx or 429; any other answer (4xx: wrong URL, not
 * allowed) fails at once. When the tries are used up a {@link StoreException} names the endpoint and the
 * reason.
 */
public final class GraphStorePusher implements ArticleGraphSink {
    private final String endpoint;
    private final int retries;
    private final Duration backoff;
    private final HttpClient client;
    private long graphs;
    private long triples;

    public GraphStorePusher(String endpoint, int retries, Duration backoff) {
        this.endpoint = endpoint;
        this.retries = retries;
        this.backoff = backoff;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public void accept(ArticleGraph graph) {
        var g = graph.asGraph();
        long wait = backoff.toMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                GSP.service(endpoint).httpClient(client).graphName(graph.name()).contentType(RDFFormat.TURTLE)
                        .PUT(g);
                graphs++;
                triples += g.size();
                return;
            } catch (HttpException e) {
                if (!retryable(e) || attempt >= retries) {
                    throw new StoreException("SPARQL endpoint " + endpoint + ": " + describe(e)
                            + (retryable(e) ? " (tried " + (attempt + 1) + " times)" : "")
                            + "; " + (graphs == 0 ? "no graph" : graphs + " graph" + (graphs == 1 ? "" : "s"))
                            + " stored before it", e);
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting to retry " + endpoint, ie);
            }
            wait *= 2;
        }
    }

    private static boolean retryable(HttpException e) {
        int status = e.getStatusCode();
        return status <= 0 || status >= 500 || status == 429;
    }

    private static String describe(HttpException e) {
        if (e.getStatusCode() > 0) {
            String body = e.getResponse();
            return "HTTP " + e.getStatusCode() + (e.getStatusLine() != null ? " " + e.getStatusLine() : "")
                    + (body != null && !body.isBlank() ? ": " + body.strip().lines().findFirst().orElse("") : "");
        }
        Throwable root = e;
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.ConnectException) {
                return "cannot connect (is the server running?)";
            }
            if (c instanceof java.net.http.HttpTimeoutException) {
                return "no answer in time";
            }
            if (c instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
            root = c;
        }
        String what = root.getMessage();
        return "cannot reach it: " + root.getClass().getSimpleName() + (what != null ? ": " + what : "");
    }

    @Override
    public void close() {
        // Every graph was sent when it was accepted.
    }

    /** The graphs stored on the server. */
    public long graphs() {
        return graphs;
    }

    /** The triples sent. */
    public long triples() {
        return triples;
    }
}
