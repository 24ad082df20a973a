package org.medkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.medkg.extract.ArticleFacts;

/**
 * A one-line progress report on a terminal — pages, diseases, pages/s, MB/s of wikitext and, when the
 * inputs are plain files of known size, an estimate of the time left — redrawn at most twice a second.
 * Silent when stderr is not a terminal, so logs and pipes get no noise.
 */
final class Progress implements Consumer<ArticleFacts> {
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long pages;
    private long diseases;
    private long chars;
    private boolean drawn;
    private boolean finished;

    private Progress(PrintStream err, boolean enabled, long totalBytes) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
    }

    /** A progress report on {@code err} when it is a terminal, else one that prints nothing. */
    static Progress forTerminal(PrintStream err, List<String> inputs) {
        boolean terminal = System.console() != null;
        return new Progress(err, terminal, terminal ? plainSize(inputs) : 0);
    }

    @Override
    public void accept(ArticleFacts facts) {
        if (!enabled) {
            return;
        }
        pages++;
        diseases += facts.hasDisease() ? 1 : 0;
        chars += utf8Length(facts.article().text());
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Ends the progress line, so that what follows starts on a line of its own. */
    void finish() {
        if (drawn) {
            finished = true;
            draw(System.nanoTime());
            err.println();
        }
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private void draw(long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double mb = chars / 1e6;
        String eta = "";
        if (!finished && totalBytes > 0 && chars > 0 && chars < totalBytes) {
            eta = String.format(Locale.ROOT, ", about %.0f s left", (totalBytes - chars) / (chars / seconds));
        }
        err.printf(Locale.ROOT, "\r%,d pages, %,d diseases, %.0f pages/s, %.1f MB/s%s   ", pages, diseases,
                pages / seconds, mb / seconds, eta);
        err.flush();
        drawn = true;
    }

    /** The total size of the inputs when all are plain wikitext or XML files (compressed sizes mislead). */
    private static long plainSize(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            Path p = Path.of(input);
            if (input.equals("-") || !Files.isRegularFile(p) || input.endsWith(".bz2") || input.endsWith(".gz")) {
                return 0;
            }
            try {
                total += Files.size(p);
            } catch (IOException e) {
                return 0;
            }
        }
        return total;
    }
}
