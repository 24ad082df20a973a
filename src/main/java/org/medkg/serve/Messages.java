package org.medkg.serve;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medkg.wikitext.Resources;

/** The words of the HTML pages in each {@link DisplayLanguage}, from the bundled {@code messages.tsv}. */
public final class Messages {
    private static final Messages BUNDLED = new Messages();

    private final Map<DisplayLanguage, Map<String, String>> words = new EnumMap<>(DisplayLanguage.class);

    private Messages() {
        for (DisplayLanguage l : DisplayLanguage.values()) {
            words.put(l, new HashMap<>());
        }
        List<String> lines = Resources.lines(Messages.class, "messages.tsv");
        List<String> header = List.of(lines.get(0).split("\t"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length != header.size()) {
                throw new IllegalStateException("messages.tsv: " + header.size() + " columns expected in: " + line);
            }
            for (DisplayLanguage l : DisplayLanguage.values()) {
                int column = header.indexOf(l.tag());
                if (column < 1) {
                    throw new IllegalStateException("messages.tsv has no column for " + l.tag());
                }
                words.get(l).put(f[0], f[column]);
            }
        }
    }

    public static Messages bundled() {
        return BUNDLED;
    }

    /** The word for {@code key}; the key itself when the file lacks it. */
    public String get(DisplayLanguage language, String key) {
        return words.get(language).getOrDefault(key, key);
    }
}
