package org.medkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medkg.rdf.ShapeValidator;
import org.medkg.rdf.Vocab;
import org.medkg.store.StoreStats;

/**
 * The SPARQL endpoint (read-only, every example query, result formats, limits), VoID, downloads, and the
 * server's defences (traversal, injection, request size).
 */
class SparqlEndpointTest {
    static final int MAX_RESULTS = 500;

    @TempDir
    static Path dir;
    static ServedStore served;

    @BeforeAll
    static void start() {
        served = new ServedStore(dir.resolve("store"), b -> b.maxResults(MAX_RESULTS).maxRequestBytes(64 * 1024));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static Stream<Path> exampleQueries() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest
    @MethodSource("exampleQueries")
    void everyExampleQueryRunsOverTheProtocol(Path file) throws IOException {
        String query = Files.readString(file);
        Query parsed = QueryFactory.create(query);
        String accept = parsed.isSelectType() ? "application/sparql-results+json" : "application/n-triples";
        HttpResponse<String> get = served.get("/sparql?query=" + PageLayout.encode(query), "Accept", accept);
        assertEquals(200, get.statusCode(), file + ": " + get.body());
        long answers;
        if (parsed.isSelectType()) {
            answers = ResultSetMgr.read(new ByteArrayInputStream(get.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON).rewindable().size();
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(get.body(), Lang.NTRIPLES).parse(g);
            answers = g.size();
        }
        assertEquals(locally(parsed), answers, file + ": the endpoint answers as the store does");

        HttpResponse<String> post = served.send(HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
        assertEquals(200, post.statusCode(), file + ": " + post.body());
        if (parsed.isSelectType()) {
            assertTrue(post.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        }
    }

    /** The number of rows (SELECT) or triples (CONSTRUCT) the query gives run straight on the store. */
    private static long locally(Query query) {
        return Txn.calculateRead(served.store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(served.store.dataset()).query(query).build()) {
                return query.isSelectType() ? exec.select().rewindable().size() : exec.construct().size();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+xml", "application/sparql-results+json", "text/csv",
            "text/tab-separated-values"})
    void selectAnswersInEveryResultFormat(String accept) {
        HttpResponse<String> r = served.get("/sparql?query=" + PageLayout.encode(
                "SELECT ?d WHERE { ?d a <http://schema.org/MedicalCondition> }"), "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        assertTrue(r.body().contains("Spinal_muscular_atrophy"));
    }

    @Test
    void constructAnswersInRdf() {
        HttpResponse<String> r = served.get("/sparql?query=" + PageLayout.encode(
                "CONSTRUCT WHERE { ?d a <http://schema.org/MedicalCondition> }"), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() >= 5);
    }

    @Test
    void resultsAreCappedAtTheLimit() throws IOException {
        for (String query : List.of("SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o } LIMIT 100000")) {
            HttpResponse<String> r = served.get("/sparql?query=" + PageLayout.encode(query), "Accept", "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(MAX_RESULTS + 1, r.body().lines().count(), "header and " + MAX_RESULTS + " rows: " + query);
        }
        HttpResponse<String> small = served.get("/sparql?query=" + PageLayout.encode("SELECT * { ?s ?p ?o } LIMIT 3"),
                "Accept", "text/csv");
        assertEquals(4, small.body().lines().count());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() {
        long before = quads();
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        List<HttpRequest> writes = List.of(
                HttpRequest.newBuilder(served.uri("/sparql")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpRequest.newBuilder(served.uri("/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + PageLayout.encode(update))).build(),
                HttpRequest.newBuilder(served.uri("/sparql?default")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(),
                HttpRequest.newBuilder(served.uri("/sparql?graph=urn:g")).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(),
                HttpRequest.newBuilder(served.uri("/sparql?default")).DELETE().build(),
                HttpRequest.newBuilder(served.uri("/sparql/update")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpRequest.newBuilder(served.uri("/disease/Spinal_muscular_atrophy")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build());
        for (HttpRequest write : writes) {
            int status = served.sendOnNewConnection(write).statusCode();
            assertTrue(status >= 400 && status < 500, write.method() + " " + write.uri() + " → " + status);
        }
        assertEquals(before, quads(), "the store is unchanged");
    }

    @Test
    void slowQueriesTimeOut(@TempDir Path other) {
        try (ServedStore slow = new ServedStore(other.resolve("store"), b -> b.queryTimeout(Duration.ofMillis(200)))) {
            String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            HttpResponse<String> r = slow.get("/sparql?query=" + PageLayout.encode(cartesian), "Accept", "text/csv");
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void voidDescribesTheDatasetWithItsEndpointAndDumps() {
        HttpResponse<String> r = served.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        String origin = "http://127.0.0.1:" + served.server.port();
        Node dataset = NodeFactory.createURI(origin + "/.well-known/void#medkg");
        Node triples = g.find(dataset, v("triples"), Node.ANY).next().getObject();
        StoreStats stats = served.store.stats();
        assertEquals(stats.triples(), ((Number) triples.getLiteralValue()).longValue());
        assertTrue(g.contains(dataset, v("sparqlEndpoint"), NodeFactory.createURI(origin + "/sparql")));
        assertEquals(3, g.find(dataset, v("dataDump"), Node.ANY).toList().size());
        assertTrue(g.contains(dataset, v("vocabulary"), NodeFactory.createURI(Vocab.SCHEMA)));
        assertTrue(g.find(dataset, v("classPartition"), Node.ANY).hasNext());
    }

    @Test
    void downloadsHoldTheWholeStoreAndPassTheShapes() {
        HttpResponse<String> nq = served.get("/download/medkg.nq");
        assertEquals(200, nq.statusCode());
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nq.body(), Lang.NQUADS).parse(copy);
        assertEquals(served.store.stats().quads(), copy.stream().count());

        HttpResponse<String> ttl = served.get("/download/medkg.ttl");
        Graph union = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(union);
        assertEquals(served.store.stats().triples(), union.size());
        assertTrue(ShapeValidator.validate(union).conforms(), "the download conforms to ontology/shapes.ttl");

        HttpResponse<String> jsonld = served.get("/download/medkg.jsonld");
        DatasetGraph fromJson = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(fromJson);
        assertEquals(served.store.stats().quads(), fromJson.stream().count());
        assertEquals(404, served.get("/download/medkg.exe").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/assets/..%2f..%2f..%2fetc%2fpasswd", "/page/..%2F..%2F..%2Fetc%2Fpasswd", "/../../../etc/passwd",
            "/data/%2e%2e/%2e%2e/etc/passwd.ttl", "/assets/style.css/../../../pom.xml", "/download/..%2Fpom.xml",
            "/page/%ZZ", "/disease/%C3%28", "/assets/%00/etc/passwd", "/page/disease/%2e%2e%2f%2e%2e%2fpom.xml"})
    void pathTraversalAndMalformedPathsReachNothingOutsideTheStoreAndAssets(String path) throws IOException {
        String response = rawGet(path);
        int status = Integer.parseInt(response.substring(9, 12));
        assertTrue(status == 400 || status == 404, path + " → " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains("root:"), path);
        assertFalse(response.contains("<artifactId>"), path);
    }

    @Test
    void articleTextCannotInjectMarkup() {
        Node evil = NodeFactory.createURI("https://w3id.org/medkg/disease/Evil_disease");
        Node graph = NodeFactory.createURI("https://w3id.org/medkg/graph/en/Evil_disease");
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";
        Txn.executeWrite(served.store.dataset(), () -> {
            served.store.dataset().add(new Quad(graph, evil, org.apache.jena.vocabulary.RDF.type.asNode(),
                    Vocab.MedicalCondition));
            served.store.dataset().add(new Quad(graph, evil, Vocab.name, NodeFactory.createLiteralLang(payload, "en")));
            served.store.dataset().add(new Quad(graph, evil, Vocab.description,
                    NodeFactory.createLiteralLang("Evil " + payload, "en")));
            served.store.dataset().add(new Quad(graph, evil, Vocab.wikiPageExternalLink,
                    NodeFactory.createURI("javascript:alert(3)")));
        });
        try {
            String page = served.get("/page/disease/Evil_disease?lang=en").body();
            assertFalse(page.contains("<script>"), "no script element");
            assertFalse(page.contains("<img src=x"), "no injected element");
            assertFalse(page.contains("href=\"javascript:"), "no script link");
            assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is shown, escaped");
            String search = served.get("/search?q=" + PageLayout.encode("<script>")).body();
            assertFalse(search.contains("<script>"));
        } finally {
            Txn.executeWrite(served.store.dataset(), () -> served.store.dataset().deleteAny(graph, Node.ANY, Node.ANY,
                    Node.ANY));
        }
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "SELECT * { ?s ?p ?o } #" + "x".repeat(100 * 1024);
        HttpResponse<String> r = served.sendOnNewConnection(HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge))
                .build());
        assertEquals(413, r.statusCode());
        HttpResponse<String> longLine = served.get("/search?q=" + "x".repeat(40 * 1024));
        assertTrue(longLine.statusCode() == 414 || longLine.statusCode() == 431 || longLine.statusCode() == 400,
                "request line over 16 KiB → " + longLine.statusCode());
    }

    /** A GET sent byte for byte, so that no client library normalises the path first. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long quads() {
        return Txn.calculateRead(served.store.dataset(), () -> served.store.dataset().stream().count());
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VoidDescription.VOID + local);
    }
}
