package org.medkg.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medkg.rdf.ShapeValidator;

/**
 * Every test article (and the seed) through the whole pipeline: the facts of its spec (and of its prose spec,
 * where it has one) hold, the
 * output conforms to the SHACL shapes, and Turtle and JSON-LD read back isomorphic to what was written.
 */
class ArticleContractTest {
    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final Path SEED = Path.of("examples/zh/spinal-muscular-atrophy.wiki");
    private static final Path SEED_SPEC = Path.of("src/test/resources/seed/seed.spec");

    /** Each article with its structured spec. */
    static Stream<Object[]> articles() throws IOException {
        Stream<Object[]> own;
        try (Stream<Path> walk = Files.walk(ARTICLES)) {
            own = walk.filter(p -> p.toString().endsWith(".wiki")).sorted()
                    .map(p -> new Object[] {p, Path.of(p.toString().replace(".wiki", ".spec"))}).toList().stream();
        }
        return Stream.concat(Stream.<Object[]>of(new Object[] {SEED, SEED_SPEC}), own);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void specHolds(Path article, Path spec) throws IOException {
        Extraction.Result r = Extraction.of(article);
        assertEquals(0, r.summary().failed(), () -> "failed: " + r.problems());
        List<String> facts = new ArrayList<>(Files.readAllLines(spec));
        Path prose = Path.of(spec.toString().replace(".spec", ".prose.spec"));
        if (Files.exists(prose)) {
            facts.addAll(Files.readAllLines(prose));
        }
        List<String> missing = SpecChecker.missing(r.dataset().getUnionModel(), facts);
        assertEquals(List.of(), missing, "facts of " + spec + " missing from the output");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void outputConformsToShapes(Path article, Path spec) {
        Graph union = Extraction.of(article).dataset().asDatasetGraph().getUnionGraph();
        ValidationReport report = ShapeValidator.validate(union);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "SHACL violations for " + article);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void turtleAndJsonLdRoundTrip(Path article, Path spec) {
        Dataset ds = Extraction.of(article).dataset();
        Graph union = GraphFactory.createDefaultGraph();
        ds.asDatasetGraph().getUnionGraph().find().forEachRemaining(union::add);

        Graph turtle = GraphFactory.createDefaultGraph();
        RDFParser.fromString(write(union, RDFFormat.TURTLE_PRETTY), Lang.TURTLE).parse(turtle);
        assertTrue(union.isIsomorphicWith(turtle), "Turtle does not read back isomorphic");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        RDFDataMgr.write(json, ds, RDFFormat.JSONLD11);
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(json.toByteArray()), Lang.JSONLD11);
        assertTrue(IsoMatcher.isomorphic(ds.asDatasetGraph(), back.asDatasetGraph()),
                "JSON-LD does not read back isomorphic");
    }

    private static String write(Graph g, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, format);
        return out.toString(StandardCharsets.UTF_8);
    }
}
