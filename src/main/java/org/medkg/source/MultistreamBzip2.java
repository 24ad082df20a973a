package org.medkg.source;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Parallel decoding of a multistream bzip2 dump ({@code …-pages-articles-multistream.xml.bz2}), using the
 * index beside it ({@code …-multistream-index.txt.bz2}, lines {@code offset:pageId:title}): every bzip2
 * stream (about 100 pages) starts at an offset the index gives, so streams are decoded on several threads
 * and handed on in file order, as one {@link InputStream}. The index is read on a thread of its own while
 * the dump is decoded, and only a few streams are in memory at a time.
 */
final class MultistreamBzip2 extends InputStream {
    private static final Pattern MULTISTREAM =
            Pattern.compile("(.*-multistream)(\\d*)\\.xml(-p\\d+p\\d+)?\\.bz2", Pattern.CASE_INSENSITIVE);
    /** A stream longer than this means the index does not describe the dump. */
    private static final long MAX_SEGMENT = 1L << 30;
    private static final long END = -1;
    private static final long FAILED = -2;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final FileChannel channel;
    private final long size;
    private final ExecutorService pool;
    private final Thread indexReader;
    private final BlockingQueue<Long> offsets = new ArrayBlockingQueue<>(1 << 16);
    private final ArrayDeque<Future<byte[]>> window = new ArrayDeque<>();
    private final int windowSize;
    private volatile String indexError;
    private long segmentStart;
    private boolean scheduledAll;
    private byte[] current = new byte[0];
    private int currentPos;
    private boolean closed;

    private MultistreamBzip2(Path dump, Path index, int threads) throws IOException {
        this.channel = FileChannel.open(dump, StandardOpenOption.READ);
        this.size = channel.size();
        int n = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "medkg-bz2-" + n + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.windowSize = threads + 2;
        this.indexReader = new Thread(() -> readIndex(index), "medkg-bz2-index-" + n);
        indexReader.setDaemon(true);
        indexReader.start();
    }

    /** The index file beside a multistream dump, when there is one. */
    static Path indexBeside(Path dump) {
        String name = dump.getFileName().toString();
        Matcher m = MULTISTREAM.matcher(name);
        String indexName;
        if (m.matches()) {
            indexName = m.group(1) + "-index" + m.group(2) + ".txt" + (m.group(3) == null ? "" : m.group(3)) + ".bz2";
        } else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml.bz2")) {
            indexName = name.substring(0, name.length() - ".xml.bz2".length()) + "-index.txt.bz2";
        } else {
            return null;
        }
        Path index = dump.resolveSibling(indexName);
        return Files.isRegularFile(index) ? index : null;
    }

    /**
     * The dump's bytes, decoded on {@code threads} threads; null when the index does not fit the dump (its
     * first offset is not the start of a bzip2 stream), and the dump should be read in one stream.
     */
    static InputStream open(Path dump, Path index, int threads) throws IOException {
        MultistreamBzip2 in = new MultistreamBzip2(dump, index, Math.max(1, threads));
        try {
            Long first = in.peekFirstOffset();
            if (first == null || !in.isStreamStart(0) || first > 0 && !in.isStreamStart(first)) {
                in.close();
                return null;
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            return null;
        }
    }

    /** The first offset the index gives (the dump's size when it gives none), kept for {@link #nextOffset}. */
    private Long peekFirstOffset() throws IOException {
        try {
            long first = offsets.take();
            if (first == FAILED) {
                return null;
            }
            pendingFirst = first;
            return first == END ? size : first;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private Long pendingFirst;

    private long nextOffset() throws IOException {
        if (pendingFirst != null) {
            long f = pendingFirst;
            pendingFirst = null;
            return f;
        }
        try {
            long o = offsets.take();
            if (o == FAILED) {
                throw new IOException("cannot read the multistream index: " + indexError);
            }
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private boolean isStreamStart(long offset) throws IOException {
        if (offset >= size) {
            return offset == size;
        }
        ByteBuffer b = ByteBuffer.allocate(3);
        while (b.hasRemaining() && channel.read(b, offset + b.position()) > 0) {
            // read the magic
        }
        return b.position() == 3 && b.get(0) == 'B' && b.get(1) == 'Z' && b.get(2) == 'h';
    }

    private void readIndex(Path index) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new BZip2CompressorInputStream(
                new BufferedInputStream(Files.newInputStream(index), DumpStreams.BUFFER), true),
                StandardCharsets.UTF_8), DumpStreams.BUFFER)) {
            long last = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                long offset = Long.parseLong(line, 0, colon, 10);
                if (offset != last) {
                    if (offset < last) {
                        throw new IOException("offsets out of order: " + offset + " after " + last);
                    }
                    offsets.put(offset);
                    last = offset;
                }
            }
            offsets.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            indexError = e.getMessage();
            try {
                offsets.put(FAILED);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Schedules streams until the window is full or all are scheduled. */
    private void schedule() throws IOException {
        while (!scheduledAll && window.size() < windowSize) {
            long end = nextOffset();
            if (end == END) {
                end = size;
                scheduledAll = true;
            }
            if (end == segmentStart && scheduledAll) {
                break;
            }
            if (end < segmentStart || end > size || end - segmentStart > MAX_SEGMENT) {
                throw new IOException("the multistream index does not fit the dump (offset " + end + ")");
            }
            if (end == segmentStart) {
                continue;
            }
            long from = segmentStart;
            long to = end;
            window.add(pool.submit(() -> decode(from, to)));
            segmentStart = end;
        }
    }

    private byte[] decode(long from, long to) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) (to - from));
        while (b.hasRemaining()) {
            if (channel.read(b, from + b.position()) < 0) {
                throw new IOException("dump shorter than its index says");
            }
        }
        byte[] bytes = b.array();
        if (bytes.length < 3 || bytes[0] != 'B' || bytes[1] != 'Z' || bytes[2] != 'h') {
            throw new IOException("no bzip2 stream at offset " + from + ": the multistream index does not fit the dump");
        }
        try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(bytes), true)) {
            return in.readAllBytes();
        }
    }

    /** Makes the next decoded stream current; false at the end. */
    private boolean advance() throws IOException {
        while (currentPos >= current.length) {
            schedule();
            Future<byte[]> next = window.poll();
            if (next == null) {
                return false;
            }
            try {
                current = next.get();
                currentPos = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
            }
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        if (closed || !advance()) {
            return -1;
        }
        return current[currentPos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (closed || !advance()) {
            return -1;
        }
        int n = Math.min(len, current.length - currentPos);
        System.arraycopy(current, currentPos, b, off, n);
        currentPos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        window.forEach(f -> f.cancel(true));
        window.clear();
        pool.shutdownNow();
        indexReader.interrupt();
        channel.close();
    }
}
