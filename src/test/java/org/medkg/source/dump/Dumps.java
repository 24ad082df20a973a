package org.medkg.source.dump;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.medkg.source.Article;
import org.medkg.source.DumpSource;
import org.medkg.source.FileSource;
import org.medkg.source.InputProblem;

/** Test dumps and ways to read them. */
final class Dumps {
    static final Path DIR = Path.of("src/test/resources/dumps");
    static final Path ZH = DIR.resolve("zh-0.10.xml");
    static final Path EN = DIR.resolve("en-0.11.xml");
    static final Path MALFORMED = DIR.resolve("malformed.xml");
    static final Path XXE = DIR.resolve("xxe.xml");

    /** What a read gave. */
    record Read(List<Article> articles, List<InputProblem> problems, DumpSource.Stats stats) {

        List<String> titles() {
            return articles.stream().map(Article::title).toList();
        }

        Article article(String title) {
            return articles.stream().filter(a -> title.equals(a.title())).findFirst()
                    .orElseThrow(() -> new AssertionError("no article " + title + " in " + titles()));
        }

        List<InputProblem> fatal() {
            return problems.stream().filter(InputProblem::fatal).toList();
        }
    }

    private Dumps() {
    }

    static Read read(Path file) {
        return read(new DumpSource(), file);
    }

    static Read read(DumpSource source, Path file) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        DumpSource.Stats stats = source.read(file, articles::add, problems::add);
        return new Read(articles, problems, stats);
    }

    static Read read(byte[] bytes, String name) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        DumpSource.Stats stats = new DumpSource().read(new ByteArrayInputStream(bytes), name, articles::add,
                problems::add);
        return new Read(articles, problems, stats);
    }

    /** Through {@link FileSource}, as the pipeline reads. */
    static Read readFiles(List<String> inputs, InputStream stdin) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new FileSource(inputs, stdin).read(articles::add, problems::add);
        return new Read(articles, problems, null);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /** The parts, each compressed as a bzip2 stream of its own, one after the other (a multistream file). */
    static byte[] bzip2Streams(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(bzip2(part.getBytes(StandardCharsets.UTF_8)));
        }
        return out.toByteArray();
    }

    static byte[] bzip2(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
            bz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The parts, each a gzip member of its own, one after the other. */
    static byte[] gzipMembers(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(member)) {
                gz.write(part.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.writeBytes(member.toByteArray());
        }
        return out.toByteArray();
    }

    /** The dump cut before its {@code n}th (0-based) {@code <page>}: two parts. */
    static String[] splitBeforePage(String xml, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = xml.indexOf("  <page>", at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("fewer than " + (n + 1) + " pages");
            }
        }
        return new String[] {xml.substring(0, at), xml.substring(at)};
    }

    /** A generated English dump of {@code pages} small pages ("Page 1" … ), every 7th one in namespace 4. */
    static List<String> generatedPages(int pages) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            int ns = i % 7 == 0 ? 4 : 0;
            String title = (ns == 4 ? "Wikipedia:" : "") + "Page " + i;
            out.add("  <page>\n    <title>" + title + "</title>\n    <ns>" + ns + "</ns>\n    <id>" + i
                    + "</id>\n    <revision>\n      <id>" + (100_000 + i)
                    + "</id>\n      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
                    + "      <text xml:space=\"preserve\">'''Page " + i + "''' is page number " + i
                    + ". &lt;ref&gt;A note.&lt;/ref&gt;\n" + "Filler text. ".repeat(i % 50) + "</text>\n"
                    + "    </revision>\n  </page>\n");
        }
        return out;
    }

    static final String EN_HEADER = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" xml:lang=\"en\">\n"
            + "  <siteinfo>\n    <sitename>Wikipedia</sitename>\n    <dbname>enwiki</dbname>\n"
            + "    <base>https://en.wikipedia.org/wiki/Main_Page</base>\n  </siteinfo>\n";
    static final String FOOTER = "</mediawiki>\n";

    /**
     * Writes a multistream dump as Wikipedia lays it out — the header in a stream of its own, then 100 pages
     * per stream, then the footer — and, when {@code index} is not null, its index ({@code offset:id:title}).
     */
    static void writeMultistream(List<String> pages, Path dump, Path index) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        StringBuilder lines = new StringBuilder();
        file.writeBytes(bzip2(EN_HEADER.getBytes(StandardCharsets.UTF_8)));
        for (int from = 0; from < pages.size(); from += 100) {
            long offset = file.size();
            StringBuilder stream = new StringBuilder();
            for (int i = from; i < Math.min(pages.size(), from + 100); i++) {
                stream.append(pages.get(i));
                lines.append(offset).append(':').append(i + 1).append(":Page ").append(i + 1).append('\n');
            }
            file.writeBytes(bzip2(stream.toString().getBytes(StandardCharsets.UTF_8)));
        }
        file.writeBytes(bzip2(FOOTER.getBytes(StandardCharsets.UTF_8)));
        Files.write(dump, file.toByteArray());
        if (index != null) {
            Files.write(index, bzip2(lines.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
