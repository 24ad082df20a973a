package org.medkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medkg.wikitext.Titles;

/** Reads the extractor's bundled data files: tab-separated lines, '#' comments and blank lines skipped. */
final class DataFiles {

    private DataFiles() {
    }

    static List<String[]> rows(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + name);
            }
            List<String[]> rows = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        rows.add(line.split("\t"));
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column of every row, as template-name keys ({@link Titles#key}). */
    static Set<String> templateKeys(String name) {
        Set<String> keys = new HashSet<>();
        for (String[] row : rows(name)) {
            keys.add(Titles.key(row[0]));
        }
        return keys;
    }
}
