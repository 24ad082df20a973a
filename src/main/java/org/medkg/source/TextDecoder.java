package org.medkg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes UTF-8 wikitext: malformed bytes become U+FFFD and are each reported with their line and column,
 * a leading byte-order mark is dropped, and CRLF / CR line ends become LF.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String input, Consumer<InputProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (CoderResult r = decoder.decode(in, out, true); r.isError(); r = decoder.decode(in, out, true)) {
            // Lines and columns as in the normalised text: CRLF, CR and LF each end a line; a BOM takes no column.
            for (; scanned < out.position(); scanned++) {
                char c = out.get(scanned);
                if (c == '\r' || c == '\n' && (scanned == 0 || out.get(scanned - 1) != '\r')) {
                    line++;
                    lineStart = scanned + 1;
                } else if (c == '\n' || scanned == 0 && c == '\uFEFF') {
                    lineStart = scanned + 1;
                }
            }
            problems.accept(new InputProblem(input, line, out.position() - lineStart + 1,
                    "invalid UTF-8 (" + r.length() + " byte" + (r.length() > 1 ? "s" : "") + ") replaced by U+FFFD",
                    false));
            in.position(in.position() + r.length());
            out.put('\uFFFD');
        }
        decoder.flush(out);
        out.flip();
        return normalize(out.toString());
    }

    /** Drops a leading byte-order mark and turns CRLF and CR line ends into LF. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
