package org.medkg.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vocabularies medkg ships are what {@code lexicons/BuildLexicons.java} makes of {@code ../shared/lexicons}
 * today: the script, run into a copy of the bundled folder, writes the same bytes. Skips itself where the
 * sources are absent (a user's clone).
 */
class LexiconBuildTest {
    private static final Path SOURCES = Path.of(System.getProperty("medkg.shared", "../shared")).resolve("lexicons");
    private static final Path BUNDLED = Path.of("src/main/resources/org/medkg/extract/lexicon");

    @Test
    void theShippedVocabulariesAreRebuiltByteForByte(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(SOURCES), "the source vocabularies are not here (" + SOURCES.toAbsolutePath()
                .normalize() + "): they are kept out of the repository; CI has them");
        try (Stream<Path> files = Files.list(BUNDLED)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "lexicons/BuildLexicons.java", SOURCES.toString(),
                dir.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(2, TimeUnit.MINUTES);
        assertEquals(0, p.exitValue(), log);
        for (String generated : new String[] {"genes.tsv", "drugs-en.tsv", "drugs-zh-cedict.tsv", "drugs-zh-thuocl.tsv"}) {
            assertArrayEquals(Files.readAllBytes(BUNDLED.resolve(generated)), Files.readAllBytes(dir.resolve(generated)),
                    generated + " differs from a fresh build: run java lexicons/BuildLexicons.java and commit");
        }
    }

    @Test
    void everyBundledFileLoads() throws IOException {
        Vocabularies v = Vocabularies.from(BUNDLED);
        assertEquals("FBN1", v.genes().symbolOfEntrezId("2200"));
        assertEquals("MT-ND1", v.genes().symbolOfEntrezId("4535"));
    }
}
