package org.medkg.source.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.source.Article;
import org.medkg.source.DumpSource;
import org.medkg.source.FileSource;

/** {@link org.medkg.source.FileSource} reads dumps by file name, in folders, and from stdin by content. */
class FileSourceDumpTest {
    private static final List<String> EN_TITLES =
            List.of("Huntington's disease", "Huntington disease", "Lakeside (fictional town)", "Phenylketonuria");

    @TempDir
    Path dir;

    private static InputStream stdin(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void stdinPlainXml() {
        Dumps.Read r = Dumps.readFiles(List.of("-"), stdin(Dumps.bytes(Dumps.EN)));
        assertEquals(List.of(), r.problems());
        assertEquals(EN_TITLES, r.titles());
    }

    @Test
    void stdinXmlWithByteOrderMarkAndBlankLines() {
        byte[] xml = Dumps.bytes(Dumps.EN);
        byte[] bom = new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\n', ' '};
        byte[] all = new byte[bom.length + xml.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(xml, 0, all, bom.length, xml.length);
        Dumps.Read r = Dumps.readFiles(List.of("-"), stdin(all));
        assertEquals(List.of(), r.problems());
        assertEquals(EN_TITLES, r.titles());
    }

    @Test
    void stdinBzip2() {
        byte[] bz2 = Dumps.bzip2Streams(Dumps.splitBeforePage(Dumps.text(Dumps.EN), 1));
        Dumps.Read r = Dumps.readFiles(List.of("-"), stdin(bz2));
        assertEquals(List.of(), r.problems());
        assertEquals(EN_TITLES, r.titles());
    }

    @Test
    void stdinGzip() {
        Dumps.Read r = Dumps.readFiles(List.of("-"), stdin(Dumps.gzipMembers(Dumps.text(Dumps.ZH))));
        assertEquals(List.of(), r.problems());
        assertEquals(4, r.articles().size());
        assertEquals("zh", r.articles().get(0).language());
    }

    @Test
    void stdinWikitextStartingWithATagIsStillOneArticle() {
        String wiki = "<noinclude>{{pp}}</noinclude>\n'''Measles''' is a disease.\n";
        Dumps.Read r = Dumps.readFiles(List.of("-"), stdin(wiki.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.articles().size());
        Article a = r.articles().get(0);
        assertEquals("stdin", a.name());
        assertEquals(wiki, a.text());
        assertNull(a.title());
        assertNull(a.redirectTarget());
    }

    @Test
    void filesAreDispatchedByName() throws IOException {
        Path bz2 = dir.resolve("en.bz2");
        Files.write(bz2, Dumps.bzip2(Dumps.bytes(Dumps.EN)));
        Path gz = dir.resolve("zh.xml.gz");
        Files.write(gz, Dumps.gzipMembers(Dumps.text(Dumps.ZH)));
        Path wiki = dir.resolve("one.wiki");
        Files.writeString(wiki, "'''One''' article.\n");
        Dumps.Read r = Dumps.readFiles(List.of(bz2.toString(), Dumps.EN.toString(), gz.toString(), wiki.toString()),
                InputStream.nullInputStream());
        assertEquals(List.of(), r.problems());
        assertEquals(4 + 4 + 4 + 1, r.articles().size());
        Article one = r.articles().get(r.articles().size() - 1);
        assertEquals(wiki.toString(), one.name());
        assertTrue(one.origin().startsWith("file:"));
    }

    @Test
    void foldersIncludeDumps() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("a.xml"), Dumps.bytes(Dumps.EN));
        Files.write(sub.resolve("b.xml.bz2"), Dumps.bzip2(Dumps.bytes(Dumps.ZH)));
        Files.write(sub.resolve("c.xml.gz"), Dumps.gzipMembers(Dumps.text(Dumps.EN)));
        Files.writeString(sub.resolve("d.wiki"), "'''D''' article.\n");
        Files.write(sub.resolve("e-index.txt.bz2"), Dumps.bzip2("1:2:x\n".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(sub.resolve("f.json"), "{}");
        Dumps.Read r = Dumps.readFiles(List.of(dir.toString()), InputStream.nullInputStream());
        assertEquals(List.of(), r.problems());
        assertEquals(4 + 4 + 4 + 1, r.articles().size());

        FileSource source = new FileSource(List.of(dir.toString()), InputStream.nullInputStream());
        source.read(a -> { }, p -> { });
        DumpSource.Stats stats = source.dumpStats();
        assertEquals(12, stats.articles());
        assertEquals(1 + 2 + 1, stats.otherNamespaces());
        assertEquals(1 + 1 + 1, stats.redirects());
        assertEquals(16, stats.pages());
    }
}
