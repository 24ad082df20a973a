package org.medkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
    @TempDir
    Path tmp;

    private record Read(List<Article> articles, List<InputProblem> problems) {
        List<String> names() {
            return articles.stream().map(Article::name).toList();
        }
    }

    private static Read read(List<String> inputs, InputStream stdin) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new FileSource(inputs, stdin).read(articles::add, problems::add);
        return new Read(articles, problems);
    }

    private static Read read(String... inputs) {
        return read(List.of(inputs), InputStream.nullInputStream());
    }

    private Path write(String relative, String text) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void oneFile() throws IOException {
        Path f = write("sma.wiki", "{{Infobox disease}}\r\n'''脊髓性肌肉萎縮症'''\r\n");
        Read r = read(f.toString());
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.articles().size());
        Article a = r.articles().get(0);
        assertEquals(f.toString(), a.name());
        assertEquals("{{Infobox disease}}\n'''脊髓性肌肉萎縮症'''\n", a.text(), "decoded and normalised");
        assertNull(a.title(), "a file does not say its title");
        assertNull(a.language(), "a file does not say its language");
        assertNull(a.pageId());
        assertNull(a.revisionId());
        assertNull(a.timestamp());
        assertEquals(f.toAbsolutePath().normalize().toUri().toString(), a.origin());
        assertEquals(f.toAbsolutePath().normalize(), Path.of(URI.create(a.origin())), "origin is the file's IRI");
    }

    @Test
    void fileOfAnyExtensionIsReadWhenNamed() throws IOException {
        Path f = write("article.md", "text");
        assertEquals(List.of(f.toString()), read(f.toString()).names(), "a named file is read whatever its name");
    }

    @Test
    void folderIsReadRecursivelyInNameOrderKeepingOnlyWikitext() throws IOException {
        write("in/b.wiki", "b");
        write("in/a.wiki", "a");
        write("in/sub/d.mediawiki", "d");
        write("in/sub/c.wikitext", "c");
        write("in/sub/deeper/e.txt", "e");
        write("in/c.WIKI", "C");
        write("in/notes.md", "not an article");
        write("in/out.ttl", "<a> <b> <c> .");
        write("in/wiki", "no extension");
        write("in/x.wiki.bak", "a backup");
        Files.createDirectories(tmp.resolve("in/folder.wiki"));

        Read r = read(tmp.resolve("in").toString());

        assertEquals(List.of(), r.problems());
        List<String> expected = List.of("in/a.wiki", "in/b.wiki", "in/c.WIKI", "in/sub/c.wikitext",
                "in/sub/d.mediawiki", "in/sub/deeper/e.txt").stream().map(p -> tmp.resolve(p).toString()).toList();
        assertEquals(expected, r.names());
        assertEquals(List.of("a", "b", "C", "c", "d", "e"), r.articles().stream().map(Article::text).toList());
    }

    @Test
    void emptyFolderGivesNothing() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        Read r = read(tmp.resolve("empty").toString());
        assertEquals(List.of(), r.articles());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void dashReadsTheGivenStandardInput() {
        byte[] stdin = "\uFEFF'''脊髓性肌肉萎縮症'''\r\nline two\r".getBytes(StandardCharsets.UTF_8);
        Read r = read(List.of("-"), new ByteArrayInputStream(stdin));
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.articles().size());
        Article a = r.articles().get(0);
        assertEquals("stdin", a.name());
        assertEquals("'''脊髓性肌肉萎縮症'''\nline two\n", a.text());
        assertNull(a.origin(), "stdin has no IRI");
    }

    @Test
    void inputsAreReadInTheOrderGiven() throws IOException {
        Path z = write("z.wiki", "z");
        Path folder = tmp.resolve("f");
        write("f/a.wiki", "a");
        Read r = read(List.of(z.toString(), "-", folder.toString()),
                new ByteArrayInputStream("s".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(z.toString(), "stdin", folder.resolve("a.wiki").toString()), r.names());
    }

    @Test
    void missingPathIsReportedAndTheRestRead() throws IOException {
        String missing = tmp.resolve("no-such.wiki").toString();
        Path good = write("good.wiki", "good");
        Read r = read(missing, good.toString());
        assertEquals(List.of(good.toString()), r.names());
        assertEquals(1, r.problems().size());
        InputProblem p = r.problems().get(0);
        assertEquals(missing, p.input());
        assertEquals(0, p.line());
        assertEquals(0, p.column());
        assertEquals(missing + ":0:0: no such file or folder", p.toString());
        assertTrue(p.fatal(), "a missing input gives no article");
    }

    @Test
    void invalidUtf8IsReportedUnderTheFileNameAndTheArticleIsStillRead() throws IOException {
        Path f = tmp.resolve("bad.wiki");
        Files.write(f, new byte[] {'o', 'k', '\n', 'x', (byte) 0xff});
        Read r = read(f.toString());
        assertEquals(List.of(f.toString()), r.names());
        assertEquals("ok\nx\uFFFD", r.articles().get(0).text());
        assertEquals(List.of(f + ":2:2: invalid UTF-8 (1 byte) replaced by U+FFFD"),
                r.problems().stream().map(InputProblem::toString).toList());
        assertFalse(r.problems().get(0).fatal());
    }

    @Test
    void failingStandardInputIsReported() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("pipe closed");
            }

            @Override
            public byte[] readAllBytes() throws IOException {
                throw new IOException("pipe closed");
            }
        };
        Read r = read(List.of("-"), broken);
        assertEquals(List.of(), r.articles());
        assertEquals(1, r.problems().size());
        assertEquals("stdin", r.problems().get(0).input());
        assertTrue(r.problems().get(0).message().contains("pipe closed"));
        assertTrue(r.problems().get(0).fatal());
    }

    @Test
    void articleDefaultsFillOnlyWhatIsMissing() {
        Article a = new Article("n", "t", null, null, null, null, null, null);
        Article filled = a.withDefaults("Title", "zh");
        assertEquals("Title", filled.title());
        assertEquals("zh", filled.language());
        Article given = new Article("n", "t", "Own", "en", 1L, 2L, null, null).withDefaults("Title", "zh");
        assertEquals("Own", given.title());
        assertEquals("en", given.language());
    }
}
