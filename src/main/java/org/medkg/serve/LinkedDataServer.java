package org.medkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.medkg.rdf.IriScheme;
import org.medkg.store.MedkgStore;

/**
 * {@code medkg serve}: a store as linked data. Apache Jena Fuseki (embedded, on Jetty) answers SPARQL at
 * {@code /sparql}, read-only, with a query timeout and a result-size limit; medkg's own servlets answer every
 * minted IRI (303 to its page or data document), the pages, {@code /search}, {@code /query},
 * {@code /.well-known/void} and the downloads. It listens on 127.0.0.1 unless told otherwise.
 *
 * <pre>{@code
 * try (LinkedDataServer server = LinkedDataServer.builder(store).port(0).build().start()) {
 *     URI home = server.address();
 * }
 * }</pre>
 */
public final class LinkedDataServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final String host;
    private final Site site;
    private Thread warmUp;

    private LinkedDataServer(FusekiServer fuseki, String host, Site site) {
        this.fuseki = fuseki;
        this.host = host;
        this.site = site;
    }

    public static Builder builder(MedkgStore store) {
        return new Builder(store);
    }

    /** Starts listening; returns at once (the search index and the counts are built in the background). */
    public LinkedDataServer start() {
        fuseki.start();
        warmUp = site.warmUp();
        return this;
    }

    /** The port listened on (the one chosen when the builder asked for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/");
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server, and waits for the background work on the store to end (the store stays open). */
    @Override
    public void close() {
        fuseki.stop();
        if (warmUp != null) {
            try {
                warmUp.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The settings of a server; the defaults are those of {@code medkg serve}. */
    public static final class Builder {
        private final MedkgStore store;
        private String host = "127.0.0.1";
        private int port = 8080;
        private String base;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxResults = 10_000;
        private long maxRequestBytes = 1 << 20;

        private Builder(MedkgStore store) {
            this.store = store;
        }

        /** The address to listen on (default 127.0.0.1; 0.0.0.0 for every interface). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port (default 8080; 0 picks a free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The base the store's IRIs were minted under (default: the one the store recorded, else medkg's). */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** How long a SPARQL query may run (default 30 s; zero for no limit). */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            return this;
        }

        /** The most rows (SELECT) or solutions (CONSTRUCT, DESCRIBE) a SPARQL query returns (default 10,000). */
        public Builder maxResults(long maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /** The largest request body accepted (default 1 MiB). */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        public LinkedDataServer build() {
            IriMapping mapping = new IriMapping(base != null ? base : recordedBase(store));
            Site site = new Site(store, mapping, bundledOntology());
            Context limits = new Context();
            if (!queryTimeout.isZero()) {
                limits.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            }
            Endpoint sparql = Endpoint.create().operation(Operation.Query).endpointName("").context(limits)
                    .processor(new CappedQueryProcessor(maxResults)).build();
            FusekiServer fuseki = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .add("/sparql", DataService.newBuilder(store.dataset()).addEndpoint(sparql).build())
                    .addFilter("/*", new SecurityHeadersFilter())
                    .addFilter("/*", new RequestLimitFilter(maxRequestBytes))
                    .addServlet("/*", new RootServlet(site))
                    .addServlet(PageServlet.PREFIX + "/*", new PageServlet(site))
                    .addServlet(DataServlet.PREFIX + "/*", new DataServlet(site))
                    .addServlet("/search", new SearchServlet(site))
                    .addServlet("/query", new QueryFormServlet(site))
                    .addServlet(VoidServlet.PATH, new VoidServlet(site))
                    .addServlet(DownloadServlet.PREFIX + "*", new DownloadServlet(site))
                    .addServlet(AssetServlet.PREFIX + "*", new AssetServlet(site))
                    .build();
            configure(fuseki);
            return new LinkedDataServer(fuseki, host, site);
        }

        /**
         * Listens on the chosen host only; accepts the encoded "/" of minted keys ({@code citation/doi/10.1%2Fx})
         * that Jetty refuses by default; bounds the request line and headers to 16 KiB; keeps response buffers
         * small enough for Jetty to pool.
         */
        private void configure(FusekiServer fuseki) {
            UriCompliance compliance = UriCompliance.DEFAULT.with("medkg",
                    UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING);
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector connector) {
                    connector.setHost(host);
                }
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    HttpConfiguration config = http.getHttpConfiguration();
                    config.setUriCompliance(compliance);
                    config.setRequestHeaderSize(16 * 1024);
                    // Fuseki 5.6 sets 5 MiB, which Jetty does not pool: every streamed response then zeroes a
                    // fresh 5 MiB direct buffer (apache/jena#4084; measured in bench/README.md). Jetty's default.
                    config.setOutputBufferSize(32 * 1024);
                    config.setSendServerVersion(false);
                }
            }
            ServletContextHandler context = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
            if (context != null) {
                context.getServletHandler().setDecodeAmbiguousURIs(true);
            }
        }

        private static String recordedBase(MedkgStore store) {
            String disease = store.prefixes().get("disease");
            return disease != null && disease.endsWith("disease/")
                    ? disease.substring(0, disease.length() - "disease/".length()) : IriScheme.DEFAULT_BASE;
        }

        /** medkg's ontology and coding-system records: labels of HPO terms, classes and coding systems. */
        private static Graph bundledOntology() {
            Graph g = GraphFactory.createDefaultGraph();
            for (String file : List.of("medkg.ttl", "coding-systems.ttl")) {
                try (InputStream in = LinkedDataServer.class.getResourceAsStream("/org/medkg/ontology/" + file)) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return g;
        }
    }
}
