package org.medkg.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision per kind of fact over the real Wikipedia pages of {@code ../shared/corpus} (Chinese
 * disease articles, Chinese pages that are not diseases, English pages), each scored against its spec.
 * Writes the table and every miss and extra to {@code target/corpus-evaluation.md}; fails when a kind falls
 * below its floor in {@code corpus-floors.tsv}. The corpus is real text and stays out of the repository: where
 * it is absent (a user's clone) the test skips itself. {@code -Dmedkg.shared=DIR} points elsewhere.
 */
class CorpusEvaluationTest {
    private static final Path SHARED = Path.of(System.getProperty("medkg.shared", "../shared"));
    private static final Path CORPUS = SHARED.resolve("corpus");
    private static final Path FLOORS = Path.of("src/test/resources/corpus/corpus-floors.tsv");
    private static final Path REPORT = Path.of("target/corpus-evaluation.md");

    @Test
    void everyKindHoldsItsFloor() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("specs")),
                "the real-text corpus is not here (" + CORPUS.toAbsolutePath().normalize()
                        + "): it is kept out of the repository; CI has it");
        FactEvaluation eval = new FactEvaluation();
        for (Path page : pages()) {
            Path spec = specOf(page);
            assertTrue(Files.exists(spec), "no spec for " + page + " (looked for " + spec + ")");
            eval.score(CORPUS.relativize(page).toString(), Extraction.of(page).dataset().getUnionModel(),
                    Files.readAllLines(spec, StandardCharsets.UTF_8));
        }
        String table = eval.table("Facts over the real-text corpus");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, table + "\n" + String.join("\n", eval.notes()) + "\n", StandardCharsets.UTF_8);
        System.out.println(table);
        List<String> below = new ArrayList<>();
        for (String line : Files.readAllLines(FLOORS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            FactEvaluation.Tally t = eval.tally(f[0]);
            if (t.recall() < Double.parseDouble(f[1])) {
                below.add(f[0] + " recall " + t.recall() + " < " + f[1]);
            }
            if (t.precision() < Double.parseDouble(f[2])) {
                below.add(f[0] + " precision " + t.precision() + " < " + f[2]);
            }
        }
        assertTrue(below.isEmpty(), () -> "below the floor: " + below + " (table in " + REPORT + ")");
    }

    /** Every page of the corpus, folder by folder. */
    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".wiki") && !p.startsWith(CORPUS.resolve("specs")))
                    .sorted().toList();
        }
    }

    /** A page's spec: {@code specs/FOLDER-NAME.spec}, the folder "zh-other" written "zho". */
    private static Path specOf(Path page) {
        String folder = page.getParent().getFileName().toString().replace("zh-other", "zho");
        String name = page.getFileName().toString().replaceFirst("\\.wiki$", ".spec");
        return CORPUS.resolve("specs").resolve(folder + "-" + name);
    }
}
