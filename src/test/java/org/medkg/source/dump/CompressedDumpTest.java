package org.medkg.source.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.source.Article;
import org.medkg.source.DumpSource;

/** bzip2 (multistream) and gzip dumps, and the parallel decoding of a multistream dump with its index. */
class CompressedDumpTest {
    private static final List<String> ZH_TITLES = List.of("囊狀纖維化", "肺囊性纖維化", "林醫師", "測試頁");

    @TempDir
    Path dir;

    @Test
    void bzip2OfSeveralConcatenatedStreams() throws IOException {
        String[] parts = Dumps.splitBeforePage(Dumps.text(Dumps.ZH), 2);
        byte[] bz2 = Dumps.bzip2Streams(parts[0], parts[1]);
        Path file = dir.resolve("zhwiki-pages-articles-multistream.xml.bz2");
        Files.write(file, bz2);
        Dumps.Read r = Dumps.read(file);
        assertEquals(List.of(), r.problems());
        assertEquals(ZH_TITLES, r.titles(), "pages of the second stream are read too");
        assertEquals(Dumps.read(Dumps.ZH).articles(), r.articles());
    }

    @Test
    void bzip2StreamBoundaryInsideAPage() {
        String xml = Dumps.text(Dumps.EN);
        int mid = xml.indexOf("Lakeside") + 50;
        Dumps.Read r = Dumps.read(Dumps.bzip2Streams(xml.substring(0, mid), xml.substring(mid, mid + 10),
                xml.substring(mid + 10)), "en.xml.bz2");
        assertEquals(List.of(), r.problems());
        assertEquals(Dumps.read(Dumps.EN).articles(), r.articles());
    }

    @Test
    void gzipOfSeveralMembers() throws IOException {
        String[] parts = Dumps.splitBeforePage(Dumps.text(Dumps.EN), 3);
        Path file = dir.resolve("enwiki.xml.gz");
        Files.write(file, Dumps.gzipMembers(parts[0], parts[1]));
        Dumps.Read r = Dumps.read(file);
        assertEquals(List.of(), r.problems());
        assertEquals(Dumps.read(Dumps.EN).articles(), r.articles());
    }

    @Test
    void aCorruptBzip2StreamIsReportedNotThrown() {
        byte[] whole = Dumps.bzip2Streams(Dumps.splitBeforePage(Dumps.text(Dumps.EN), 2));
        byte[] cut = Arrays.copyOf(whole, whole.length - 200);
        Dumps.Read r = Dumps.read(cut, "cut.xml.bz2");
        assertEquals(List.of("Huntington's disease", "Huntington disease"), r.titles(),
                "the first stream's pages are delivered");
        assertTrue(r.fatal().stream().anyMatch(p -> p.message().startsWith("cannot read further after")),
                () -> r.problems().toString());
    }

    @Test
    void multistreamIndexDecodesInParallelInOrder() throws IOException {
        List<String> pages = Dumps.generatedPages(1234);
        Path dump = dir.resolve("testwiki-20240101-pages-articles-multistream.xml.bz2");
        Dumps.writeMultistream(pages, dump, dir.resolve("testwiki-20240101-pages-articles-multistream-index.txt.bz2"));
        Dumps.Read parallel = Dumps.read(new DumpSource(4), dump);
        Dumps.Read sequential = Dumps.read(new DumpSource(1), dump);
        assertEquals(List.of(), parallel.problems());
        assertEquals(List.of(), sequential.problems());
        long expected = pages.size() - pages.size() / 7;
        assertEquals(expected, parallel.articles().size());
        assertEquals(sequential.articles(), parallel.articles());
        assertEquals(pages.size() / 7, parallel.stats().otherNamespaces());
        Article last = parallel.articles().get(parallel.articles().size() - 1);
        assertEquals("Page 1234", last.title());
        assertEquals(1234L, last.pageId());
        assertTrue(last.text().startsWith("'''Page 1234''' is page number 1234. <ref>A note.</ref>"));
    }

    @Test
    void anIndexThatDoesNotFitFallsBackToOneStream() throws IOException {
        List<String> pages = Dumps.generatedPages(250);
        Path dump = dir.resolve("x-multistream.xml.bz2");
        Dumps.writeMultistream(pages, dump, null);
        Files.write(dir.resolve("x-multistream-index.txt.bz2"),
                Dumps.bzip2("17:1:Page 1\n12345:101:Page 101\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Dumps.Read r = Dumps.read(new DumpSource(4), dump);
        assertEquals(pages.size() - pages.size() / 7, r.articles().size());
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        assertFalse(r.problems().get(0).fatal());
        assertTrue(r.problems().get(0).message().contains("does not fit"));
    }
}
