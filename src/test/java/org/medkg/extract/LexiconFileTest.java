package org.medkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFileTest {

    @Test
    void readsColumnsAndSkipsCommentsAndBlankLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.tsv"), "# header\n\nBRCA1\t672\tBRCA1 DNA repair\nTP53\t7157\n");
        var rows = LexiconFile.in(dir, "t.tsv", 2, 3);
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(1).line());
        assertEquals("", rows.get(1).get(2));
    }

    @Test
    void aMalformedLineNamesTheFileTheLineAndWhatWasWrong(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.tsv"), "# header\nBRCA1\t672\nTP53\n");
        LexiconException e = assertThrows(LexiconException.class, () -> LexiconFile.in(dir, "t.tsv", 2, 3));
        assertEquals(dir.resolve("t.tsv") + ":3: expected 2 to 3 tab-separated columns, found 1", e.getMessage());
    }

    @Test
    void aMissingFileOrBadBytesAreNamed(@TempDir Path dir) throws IOException {
        LexiconException missing = assertThrows(LexiconException.class, () -> LexiconFile.in(dir, "no.tsv", 1, 1));
        assertTrue(missing.getMessage().endsWith("no.tsv: vocabulary file is missing"), missing.getMessage());
        Files.write(dir.resolve("bad.tsv"), new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'});
        LexiconException bad = assertThrows(LexiconException.class, () -> LexiconFile.in(dir, "bad.tsv", 1, 1));
        assertTrue(bad.getMessage().endsWith("bad.tsv:2: not valid UTF-8"), bad.getMessage());
    }

    @Test
    void aWholeVocabularyFolderWithABrokenFileFailsWhenLoaded(@TempDir Path dir) throws IOException {
        for (String f : new String[] {"genes.tsv", "genes-noncoding.tsv", "protein-names-en.tsv",
                "protein-names-zh.tsv", "drugs-en.tsv", "drugs-zh-cedict.tsv", "drug-stems-zh.tsv",
                "drugs-zh-thuocl.tsv", "drug-classes.tsv"}) {
            Files.writeString(dir.resolve(f), "", StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("genes.tsv"), "HTT\t3064\thuntingtin\tHD|IT15\t613004\n");
        Files.writeString(dir.resolve("protein-names-en.tsv"), "dystrophin\tDMD\n");
        LexiconException e = assertThrows(LexiconException.class, () -> Vocabularies.from(dir));
        assertEquals(dir.resolve("protein-names-en.tsv") + ":1: DMD is not a gene symbol of genes.tsv", e.getMessage());
    }
}
