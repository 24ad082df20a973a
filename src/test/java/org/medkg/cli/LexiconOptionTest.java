package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lexicons DIR}: a user's vocabularies, and what a missing or broken one does (nothing is read). */
class LexiconOptionTest {
    private static final Path BUNDLED = Path.of("src/main/resources/org/medkg/extract/lexicon");
    private static final String SEED = "examples/zh/spinal-muscular-atrophy.wiki";

    private static Path copyOfBundled(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(BUNDLED)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void aFolderOfVocabulariesIsUsedInsteadOfTheBundledOnes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("seed.ttl");
        Cli.Run run = Cli.run(InputStream.nullInputStream(), "extract", "--lexicons",
                copyOfBundled(Files.createDirectory(dir.resolve("lex"))).toString(), SEED, "-o", out.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(Files.readString(out).contains("gene:SMN1"), "the seed's gene through the copied vocabularies");
    }

    @Test
    void aMalformedLineStopsTheRunNamingFileAndLineBeforeAnyArticleIsRead(@TempDir Path dir) throws IOException {
        Path lex = copyOfBundled(Files.createDirectory(dir.resolve("lex")));
        Files.writeString(lex.resolve("drug-classes.tsv"), "# classes\nen\tstatins\nzh\n");
        Path out = dir.resolve("seed.ttl");
        Cli.Run run = Cli.run(InputStream.nullInputStream(), "extract", "--lexicons", lex.toString(), SEED,
                "-o", out.toString());
        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains(lex.resolve("drug-classes.tsv") + ":3: expected 2 tab-separated columns, found 1"),
                run::toString);
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out) && Files.size(out) > 0, "no output written");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) throws IOException {
        Path lex = copyOfBundled(Files.createDirectory(dir.resolve("lex")));
        Files.delete(lex.resolve("genes.tsv"));
        Cli.Run run = Cli.run(InputStream.nullInputStream(), "extract", "--lexicons", lex.toString(), SEED);
        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains(lex.resolve("genes.tsv") + ": vocabulary file is missing"), run::toString);
    }
}
