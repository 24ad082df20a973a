package org.medkg.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Recognises what a byte stream holds from its first bytes, and undoes bzip2 or gzip compression.
 * Every stream of a multistream bzip2 dump and every member of a concatenated gzip file is read, not
 * only the first.
 */
final class DumpStreams {

    /** What the first bytes say. */
    enum Content {
        /** bzip2 ("BZh"). */
        BZIP2,
        /** gzip (1f 8b). */
        GZIP,
        /** XML: after an optional byte-order mark and white space, {@code <?xml}, {@code <mediawiki} or {@code <!DOCTYPE}. */
        XML,
        /** Anything else, such as plain wikitext (which may start with '<' too: {@code <noinclude>}). */
        OTHER
    }

    static final int BUFFER = 1 << 16;
    private static final int SNIFF = 512;

    private DumpStreams() {
    }

    /** A stream that can be sniffed: {@code in} itself when it supports mark/reset. */
    static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, BUFFER);
    }

    /** Looks at the first bytes without consuming them. */
    static Content sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        return sniff(head, head.length);
    }

    static Content sniff(byte[] head, int n) {
        if (n >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
            return Content.BZIP2;
        }
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Content.GZIP;
        }
        int i = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        String start = new String(head, i, Math.min(n - i, 16), StandardCharsets.ISO_8859_1);
        return start.startsWith("<?xml") || start.startsWith("<mediawiki") || start.startsWith("<!DOCTYPE")
                ? Content.XML : Content.OTHER;
    }

    /**
     * The uncompressed bytes of {@code in}, whatever compression its first bytes show (possibly none), as a
     * stream that stops at the first read error and keeps it.
     */
    static StopAtError decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = buffered(raw);
        return switch (sniff(in)) {
            // bzip2 is read a byte at a time (as its own bulk read does): nothing decoded before an error is lost
            case BZIP2 -> new StopAtError(new BZip2CompressorInputStream(in, true), true);
            case GZIP -> new StopAtError(GzipCompressorInputStream.builder()
                    .setInputStream(in).setDecompressConcatenated(true).get(), false);
            default -> new StopAtError(in, false);
        };
    }

    /**
     * A stream that ends, instead of failing, at the first read error, and keeps the error: what was decoded
     * before it still reaches the reader (buffers above would otherwise drop it with the exception). Reads
     * are small, so that a decompressor loses little of what it decoded in the failing call; none when read
     * {@code bytewise}.
     */
    static final class StopAtError extends FilterInputStream {
        private final boolean bytewise;
        private IOException error;

        StopAtError(InputStream in, boolean bytewise) {
            super(in);
            this.bytewise = bytewise;
        }

        /** The read error that ended the stream, or null. */
        IOException error() {
            return error;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (error != null) {
                return -1;
            }
            int max = Math.min(len, 8192);
            int n = 0;
            try {
                if (!bytewise) {
                    return in.read(b, off, max);
                }
                while (n < max) {
                    int c = in.read();
                    if (c < 0) {
                        break;
                    }
                    b[off + n++] = (byte) c;
                }
                return n == 0 && max > 0 ? -1 : n;
            } catch (IOException e) {
                error = e;
                return n > 0 ? n : -1;
            }
        }
    }

    /** True for a file name that {@link FileSource} reads as a dump. */
    static boolean isDumpName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".bz2") || n.endsWith(".gz");
    }

    /** True for a file name that a folder's listing includes as a dump. */
    static boolean isDumpInFolder(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".xml.bz2") || n.endsWith(".xml.gz");
    }
}
