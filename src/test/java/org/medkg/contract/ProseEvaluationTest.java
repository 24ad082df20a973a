package org.medkg.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the prose facts (gene, protein, encodes, drug, inherit) over the evaluation set in
 * src/test/resources/eval: twenty articles written in our own words, imitating Wikipedia's layout. Real text
 * is measured by {@link CorpusEvaluationTest}; this set keeps the rules honest on the layouts it covers. Writes
 * the table to target/prose-evaluation.md; fails when a kind falls below the floors recorded in bench/README.md.
 */
class ProseEvaluationTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final List<String> KINDS = List.of("gene", "protein", "encodes", "drug", "inherit");
    private static final double RECALL_FLOOR = 0.85;
    private static final double PRECISION_FLOOR = 0.85;

    @Test
    void precisionAndRecallPerKind() throws IOException {
        FactEvaluation eval = new FactEvaluation();
        List<Path> articles;
        try (Stream<Path> walk = Files.walk(EVAL)) {
            articles = walk.filter(p -> p.toString().endsWith(".wiki")).sorted().toList();
        }
        for (Path article : articles) {
            List<String> spec = Files.readAllLines(Path.of(article.toString().replace(".wiki", ".spec")));
            eval.score(EVAL.relativize(article).toString(), Extraction.of(article).dataset().getUnionModel(), spec);
        }
        String table = eval.table("Prose facts over the evaluation set");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/prose-evaluation.md"), table + "\n" + String.join("\n", eval.notes())
                + "\n", StandardCharsets.UTF_8);
        System.out.println(table);
        for (String kind : KINDS) {
            FactEvaluation.Tally t = eval.tally(kind);
            assertTrue(t.recall() >= RECALL_FLOOR, kind + " recall " + t.recall());
            assertTrue(t.precision() >= PRECISION_FLOOR, kind + " precision " + t.precision());
        }
    }
}
