package org.medkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark input: a list of articles (title, wikitext) and its size in chars and in UTF-8 bytes.
 *
 * <p>Corpus file format (written by {@link CorpusGenerator}): UTF-8; each article starts with a header line
 * {@code U+001E title}, followed by the article text up to the next header (the newline before a header
 * belongs to the header, not to the article).
 */
public record Corpus(String name, List<String> titles, List<String> texts) {

    /** Record separator starting each header line. */
    public static final char SEPARATOR = '\u001E';

    /** System property naming a corpus file; without it the default corpus is generated in memory. */
    public static final String CORPUS_PROPERTY = "medkg.bench.corpus";

    /** Classpath resource holding the seed article (copied from examples/ by the bench build). */
    public static final String SEED_RESOURCE = "/examples/zh/spinal-muscular-atrophy.wiki";

    public static Corpus load(String input) {
        return switch (input) {
            case "seed" -> seed();
            case "corpus" -> corpus();
            default -> throw new IllegalArgumentException("unknown input " + input + " (seed|corpus)");
        };
    }

    /** The seed article, examples/zh/spinal-muscular-atrophy.wiki, as one article. */
    public static Corpus seed() {
        try (InputStream in = Corpus.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed article not on the classpath: " + SEED_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Corpus("seed", List.of("脊髓性肌肉萎縮症"), List.of(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file named by {@value #CORPUS_PROPERTY}, else the default generated corpus. */
    public static Corpus corpus() {
        String file = System.getProperty(CORPUS_PROPERTY);
        if (file != null && !file.isBlank()) {
            return read(Path.of(file));
        }
        List<CorpusGenerator.Article> articles = CorpusGenerator.generate(CorpusGenerator.DEFAULT_SEED, CorpusGenerator.DEFAULT_BYTES);
        List<String> titles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (CorpusGenerator.Article a : articles) {
            titles.add(a.title());
            texts.add(a.text());
        }
        return new Corpus("corpus(generated seed " + CorpusGenerator.DEFAULT_SEED + ")", titles, texts);
    }

    public static Corpus read(Path file) {
        String all;
        try {
            all = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> titles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int i = all.indexOf(SEPARATOR);
        while (i >= 0) {
            int eol = all.indexOf('\n', i);
            if (eol < 0) {
                eol = all.length();
            }
            titles.add(all.substring(i + 1, eol));
            int next = all.indexOf(SEPARATOR, eol);
            int end = next < 0 ? all.length() : next - 1; // drop the newline that precedes the next header
            texts.add(eol + 1 <= end ? all.substring(eol + 1, end) : "");
            i = next;
        }
        return new Corpus(file.toString(), titles, texts);
    }

    public static void write(Path file, List<CorpusGenerator.Article> articles) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < articles.size(); k++) {
            CorpusGenerator.Article a = articles.get(k);
            if (k > 0) {
                b.append('\n');
            }
            b.append(SEPARATOR).append(a.title()).append('\n').append(a.text());
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    public int articles() {
        return texts.size();
    }

    /** Total length of the article texts in UTF-16 chars (what the parsers get). */
    public long chars() {
        long n = 0;
        for (String t : texts) {
            n += t.length();
        }
        return n;
    }

    /** Total size of the article texts encoded as UTF-8 (headers excluded). */
    public long utf8Bytes() {
        long n = 0;
        for (String t : texts) {
            n += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    public String describe() {
        return String.format("%d articles, %,d chars, %,d UTF-8 bytes (%.2f MB)", articles(), chars(), utf8Bytes(), utf8Bytes() / 1e6);
    }
}
