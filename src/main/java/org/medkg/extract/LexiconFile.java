package org.medkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one vocabulary file: UTF-8, one entry a line, tab-separated columns, '#' comments and blank lines
 * skipped. Every data line must have between {@code min} and {@code max} columns and a non-empty first column;
 * anything else is a {@link LexiconException} naming the file and the line.
 */
final class LexiconFile {
    /** The bundled vocabularies' folder, relative to this class. */
    static final String BUNDLED = "lexicon/";

    /** One data line: the file it is in, its number there, and its columns (missing trailing columns are ""). */
    record Row(String file, int line, String[] columns) {
        String get(int i) {
            return i < columns.length ? columns[i] : "";
        }

        /** A problem with this line, as "file:line: what". */
        LexiconException problem(String what) {
            return new LexiconException(file + ":" + line + ": " + what);
        }
    }

    private LexiconFile() {
    }

    /** A bundled vocabulary file by name. */
    static List<Row> bundled(String name, int min, int max) {
        InputStream in = LexiconFile.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new LexiconException("bundled vocabulary " + BUNDLED + name + " is missing from medkg's jar");
        }
        return read(in, "bundled " + BUNDLED + name, min, max);
    }

    /** A vocabulary file in {@code folder}. */
    static List<Row> in(Path folder, String name, int min, int max) {
        Path file = folder.resolve(name);
        try {
            return read(Files.newInputStream(file), file.toString(), min, max);
        } catch (NoSuchFileException e) {
            throw new LexiconException(file + ": vocabulary file is missing");
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static List<Row> read(InputStream in, String file, int min, int max) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot be read: " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new LexiconException(file + ":" + number + ": not valid UTF-8");
            }
            start = end + 1;
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < min || columns.length > max) {
                throw new LexiconException(file + ":" + number + ": expected " + (min == max ? min
                        : min + " to " + max) + " tab-separated columns, found " + columns.length);
            }
            if (columns[0].isBlank()) {
                throw new LexiconException(file + ":" + number + ": the first column is empty");
            }
            rows.add(new Row(file, number, columns));
        }
        return rows;
    }
}
