package org.medkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medkg.rdf.OutputFormat;

/** Every export format, read back with Jena, is isomorphic to the store (union or dataset). */
class StoreExporterTest {
    @TempDir
    static Path tmp;
    static MedkgStore store;
    static DatasetGraph content;
    static Graph union;

    @BeforeAll
    static void load() {
        store = MedkgStore.open(tmp.resolve("store"));
        StoreFixtures.load(store, 4, StoreFixtures.ARTICLES);
        content = StoreFixtures.copy(store);
        union = StoreFixtures.union(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void theWholeStoreRoundTrips(OutputFormat format) {
        byte[] out = export(format, null);
        if (format.keepsGraphs()) {
            DatasetGraph back = readDataset(out, format);
            assertEquals(content.stream().count(), back.stream().count(), format + ": quads");
            assertTrue(IsoMatcher.isomorphic(content, back), format + ": the dataset read back is the store's");
        } else {
            Graph back = readGraph(out, format);
            assertEquals(union.size(), back.size(), format + ": triples");
            assertTrue(union.isIsomorphicWith(back), format + ": the graph read back is the store's union");
        }
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"TTL", "NQ", "JSONLD", "RDFXML"})
    void oneGraphRoundTrips(OutputFormat format) {
        Node g = content.listGraphNodes().next();
        byte[] out = export(format, g);
        Graph expected = GraphFactory.createDefaultGraph();
        content.getGraph(g).find().forEachRemaining(expected::add);
        if (format.keepsGraphs()) {
            DatasetGraph back = readDataset(out, format);
            assertEquals(java.util.List.of(g), iterate(back));
            assertTrue(expected.isIsomorphicWith(back.getGraph(g)), format.toString());
        } else {
            assertTrue(expected.isIsomorphicWith(readGraph(out, format)), format.toString());
        }
    }

    @Test
    void turtleHasTheProjectsPrefixesAndJsonLdItsContext() {
        String ttl = new String(export(OutputFormat.TTL, null), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("PREFIX schema: <http://schema.org/>"), ttl.substring(0, 400));
        assertTrue(ttl.contains("PREFIX disease: <https://w3id.org/medkg/disease/>"));
        assertTrue(ttl.contains("schema:MedicalCondition"));
        String json = new String(export(OutputFormat.JSONLD, null), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"@context\": {\"@version\":1.1"), json.substring(0, 80));
        assertTrue(json.contains("\"type\":\"MedicalCondition\""), "compacted with medkg's terms");
        long perLine = json.lines().filter(l -> l.startsWith("{\"id\":")).count();
        assertEquals(content.stream().map(q -> q.getGraph()).distinct().count(), perLine, "one graph per line");
    }

    @Test
    void aGraphNotInTheStoreIsAnError() {
        StoreException e = assertThrows(StoreException.class, () -> new StoreExporter(store)
                .export(OutputFormat.TTL, NodeFactory.createURI("urn:nope"), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("urn:nope"));
    }

    private static java.util.List<Node> iterate(DatasetGraph dsg) {
        java.util.List<Node> l = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(l::add);
        return l;
    }

    private static byte[] export(OutputFormat format, Node graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StoreExporter(store).export(format, graph, out);
        return out.toByteArray();
    }

    private static DatasetGraph readDataset(byte[] bytes, OutputFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(dsg);
        return dsg;
    }

    private static Graph readGraph(byte[] bytes, OutputFormat format) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(g);
        return g;
    }
}
