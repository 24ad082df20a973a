package org.medkg.source.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.extract.ProblemHandler;
import org.medkg.pipeline.Pipeline;
import org.medkg.pipeline.Summary;

/** A dump through the whole pipeline: one graph per disease page, with the page's revision metadata. */
class DumpPipelineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Run(Dataset dataset, Summary summary, ProblemHandler.Collecting problems) {
    }

    private static Run run(List<String> inputs) {
        ProblemHandler.Collecting problems = new ProblemHandler.Collecting();
        Dataset ds = DatasetFactory.createTxnMem();
        Summary s = Pipeline.builder().clock(CLOCK).problems(problems).build()
                .run(inputs, InputStream.nullInputStream(), StreamRDFLib.dataset(ds.asDatasetGraph()));
        return new Run(ds, s, problems);
    }

    /** graph → revision id, for the graphs that hold a disease. */
    private static List<String[]> diseaseGraphs(Dataset ds) {
        String q = """
                PREFIX schema: <http://schema.org/>
                SELECT ?g ?d WHERE { GRAPH ?g { ?d a schema:MedicalCondition } } ORDER BY ?g
                """;
        List<String[]> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new String[] {s.getResource("g").getURI(), s.getResource("d").getURI()});
            }
        }
        return out;
    }

    @Test
    void oneGraphPerDiseasePage() throws IOException {
        Path bz2 = dir.resolve("en.xml.bz2");
        Files.write(bz2, Dumps.bzip2Streams(Dumps.splitBeforePage(Dumps.text(Dumps.EN), 2)));
        Run r = run(List.of(Dumps.ZH.toString(), bz2.toString()));
        assertEquals(0, r.summary().failed(), () -> r.problems().problems().toString());
        // zh: 4 articles, 1 disease (囊狀纖維化); en: 4 articles, 2 diseases (Huntington's, PKU)
        assertEquals(8, r.summary().articles());
        assertEquals(3, r.summary().diseases());
        List<String[]> graphs = diseaseGraphs(r.dataset());
        assertEquals(3, graphs.size(), () -> graphs.stream().map(g -> g[0]).toList().toString());
        Set<String> distinct = new HashSet<>();
        graphs.forEach(g -> distinct.add(g[0]));
        assertEquals(3, distinct.size(), "each disease in a graph of its own");
    }

    @Test
    void diseaseGraphsCarryTheDumpsRevision() {
        Run r = run(List.of(Dumps.EN.toString()));
        String q = """
                PREFIX schema: <http://schema.org/>
                SELECT ?rev WHERE { GRAPH ?g { ?d a schema:MedicalCondition . ?g ?p ?rev
                  FILTER(isLiteral(?rev) && datatype(?rev) = <http://www.w3.org/2001/XMLSchema#long>) } }
                ORDER BY ?rev
                """;
        List<Long> revisions = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(r.dataset()).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> revisions.add(s.getLiteral("rev").getLong()));
        }
        assertEquals(List.of(60001L, 60005L), revisions);
    }

    @Test
    void brokenPagesCountAsFailedAndTheRestIsConverted() {
        Run r = run(List.of(Dumps.MALFORMED.toString()));
        assertEquals(3, r.summary().articles() - r.summary().failed());
        assertEquals(2, r.summary().failed());
        assertTrue(r.problems().problems().stream().anyMatch(p -> p.message().contains("Broken page")));
    }
}
