package org.medkg.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;

/**
 * Reads a MediaWiki XML export or pages-articles dump (export schema 0.10, 0.11) — plain, bzip2 (multistream
 * too) or gzip, told apart by their first bytes — and hands each article-namespace page to a consumer as
 * soon as it is read, so that memory does not grow with the dump. Pages of other namespaces are skipped
 * and counted; redirects are passed on, marked with their target.
 *
 * <p>Each page is parsed on its own (see {@link PageSplitter}), so a page whose XML is broken is reported
 * with its title, page id, line and column, and reading goes on with the next page. A dump that cannot be
 * read further (a corrupt or cut compressed stream) is reported and left, its pages so far delivered.
 *
 * <p>The language of every page is the wiki's: from {@code <dbname>} ({@code zhwiki} → zh), else the host
 * of {@code <base>} ({@code zh.wikipedia.org}), else the root's {@code xml:lang}. An article's {@code name}
 * is its title and its {@code origin} null. The XML is read with no DTD and no external entity.
 */
public final class DumpSource {
    /** The longest page read, in characters, markup included; a longer one is reported and skipped. */
    public static final int MAX_PAGE_CHARS = 2 * DumpXml.MAX_TEXT;

    /** No page read. */
    public static final Stats NONE = new Stats(0, 0, 0, 0, 0, 0);

    /** How a dump went: pages seen, articles passed on (redirects among them), pages skipped and why. */
    public record Stats(long pages, long articles, long redirects, long otherNamespaces, long broken,
                        long withoutText) {

        /** These counts and those of {@code other}, summed. */
        public Stats plus(Stats other) {
            return new Stats(pages + other.pages, articles + other.articles, redirects + other.redirects,
                    otherNamespaces + other.otherNamespaces, broken + other.broken, withoutText + other.withoutText);
        }

        @Override
        public String toString() {
            return pages + " pages: " + articles + " articles (" + redirects + " redirects), " + otherNamespaces
                    + " in other namespaces, " + broken + " broken, " + withoutText + " without text";
        }
    }

    private final int threads;
    private final int maxPageChars;
    private final XMLInputFactory factory = DumpXml.factory();

    /** Decodes multistream bzip2 dumps on as many threads as processors, at most 8, when an index is beside. */
    public DumpSource() {
        this(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    /** {@code bzip2Threads}: threads for a multistream bzip2 dump with its index beside it; 1 reads in one stream. */
    public DumpSource(int bzip2Threads) {
        this(bzip2Threads, MAX_PAGE_CHARS);
    }

    /** {@code maxPageChars}: the longest page read (markup included); longer ones are reported and skipped. */
    public DumpSource(int bzip2Threads, int maxPageChars) {
        this.threads = Math.max(1, bzip2Threads);
        this.maxPageChars = Math.max(1024, maxPageChars);
    }

    /** True for a file name read as a dump: {@code .xml}, {@code .bz2}, {@code .gz} (so {@code .xml.bz2}, …). */
    public static boolean isDumpName(String fileName) {
        return DumpStreams.isDumpName(fileName);
    }

    /** Reads a dump file; a multistream bzip2 dump with its index beside it is decoded on several threads. */
    public Stats read(Path file, Consumer<Article> sink, Consumer<InputProblem> problems) {
        String name = file.toString();
        InputStream in = null;
        try {
            Path index = threads > 1 ? MultistreamBzip2.indexBeside(file) : null;
            if (index != null) {
                in = MultistreamBzip2.open(file, index, threads);
                if (in == null) {
                    problems.accept(new InputProblem(name, 0, 0, "the multistream index " + index.getFileName()
                            + " does not fit the dump; reading it in one stream", false));
                }
            }
            if (in == null) {
                in = Files.newInputStream(file);
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, 0, "cannot read: " + e.getMessage()));
            return new Counter().stats();
        }
        try (InputStream dump = in) {
            return read(dump, name, sink, problems);
        } catch (IOException e) { // on closing only
            return new Counter().stats();
        }
    }

    /** Reads a dump from a stream (plain, bzip2 or gzip), which is not closed; {@code name} is for messages. */
    public Stats read(InputStream in, String name, Consumer<Article> sink, Consumer<InputProblem> problems) {
        Counter n = new Counter();
        PageSplitter pieces = null;
        InputStream unclosed = new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller's stream stays open; only the decompressor's resources are let go
            }
        };
        DumpStreams.StopAtError data = null;
        try (Reader reader = new InputStreamReader(data = DumpStreams.decompressed(unclosed), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            pieces = new PageSplitter(reader, maxPageChars);
            PageSplitter.Chunk header = pieces.next();
            if (header.kind() == PageSplitter.Kind.OVERSIZED) {
                problems.accept(new InputProblem(name, 1, 1, "not a MediaWiki XML export: no <page> in the first "
                        + maxPageChars + " characters"));
                return n.stats();
            }
            DumpXml.SiteInfo site;
            try {
                site = DumpXml.header(factory, header.xml(), header.line(), header.column());
            } catch (DumpXml.BrokenXml e) {
                if (data.error() != null) { // the header could not be read whole
                    throw data.error();
                }
                if (e.partial == null) {
                    problems.accept(new InputProblem(name, e.line, e.column, e.getMessage()));
                    return n.stats();
                }
                // a MediaWiki export whose <siteinfo> is broken: its pages are still worth reading
                problems.accept(new InputProblem(name, e.line, e.column, "malformed XML in the header: "
                        + e.getMessage() + "; reading the pages on", false));
                site = e.partial;
            }
            for (PageSplitter.Chunk c = pieces.next(); c != null; c = pieces.next()) {
                page(c, site, name, n, sink, problems);
            }
        } catch (IOException e) {
            cannotReadFurther(name, n, e, problems);
            return n.stats();
        }
        if (data.error() != null) {
            cannotReadFurther(name, n, data.error(), problems);
        } else if (!pieces.sawEnd()) {
            problems.accept(new InputProblem(name, 0, 0,
                    "the dump ends without </mediawiki>: it may be cut short", false));
        }
        return n.stats();
    }

    private static void cannotReadFurther(String name, Counter n, IOException e, Consumer<InputProblem> problems) {
        problems.accept(new InputProblem(name, 0, 0, "cannot read further after " + n.pages + " page"
                + (n.pages == 1 ? "" : "s") + ": " + (e.getMessage() != null ? e.getMessage() : e.toString())));
    }

    private void page(PageSplitter.Chunk c, DumpXml.SiteInfo site, String name, Counter n, Consumer<Article> sink,
                      Consumer<InputProblem> problems) {
        n.pages++;
        if (c.kind() == PageSplitter.Kind.OVERSIZED) {
            n.broken++;
            problems.accept(new InputProblem(name, c.line(), c.column(),
                    "page longer than " + maxPageChars + " characters; skipped"));
            return;
        }
        DumpXml.Page p;
        try {
            p = DumpXml.page(factory, c.xml(), c.line(), c.column(), ns -> ns == 0);
        } catch (DumpXml.BrokenXml e) {
            n.broken++;
            problems.accept(new InputProblem(name, e.line, e.column, describe(e.title, e.pageId)
                    + "malformed XML: " + e.getMessage()
                    + (c.closed() ? "" : " (the page has no </page>)") + "; page skipped"));
            return;
        }
        int ns = p.ns != null ? p.ns : p.title != null ? site.namespaceOf(p.title) : 0;
        if (ns != 0) {
            n.otherNamespaces++;
            return;
        }
        if (p.title == null || p.title.isBlank()) {
            n.broken++;
            problems.accept(new InputProblem(name, c.line(), c.column(), describe(null, p.id)
                    + "no <title>; page skipped"));
            return;
        }
        if (p.text == null) {
            n.withoutText++;
            problems.accept(new InputProblem(name, c.line(), c.column(), describe(p.title, p.id)
                    + "no revision text; page skipped", false));
            return;
        }
        Instant timestamp = null;
        if (p.timestamp != null && !p.timestamp.isEmpty()) {
            try {
                timestamp = Instant.parse(p.timestamp);
            } catch (DateTimeParseException e) {
                problems.accept(new InputProblem(name, c.line(), c.column(), describe(p.title, p.id)
                        + "timestamp '" + p.timestamp + "' is not an ISO 8601 instant; left out", false));
            }
        }
        String title = p.title.strip();
        n.articles++;
        if (p.redirect != null) {
            n.redirects++;
        }
        sink.accept(new Article(title, p.text, title, site.language(), p.id, p.revisionId, timestamp, null,
                p.redirect));
    }

    private static String describe(String title, Long id) {
        if (title == null && id == null) {
            return "";
        }
        return "page" + (title != null ? " \"" + title + "\"" : "") + (id != null ? " (id " + id + ")" : "") + ": ";
    }

    private static final class Counter {
        long pages;
        long articles;
        long redirects;
        long otherNamespaces;
        long broken;
        long withoutText;

        Stats stats() {
            return new Stats(pages, articles, redirects, otherNamespaces, broken, withoutText);
        }
    }
}
