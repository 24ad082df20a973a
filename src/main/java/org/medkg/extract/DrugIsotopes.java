package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Radioisotopes given as drugs, however the text writes them: by the element's Chinese name ("碘-131", "碘131"),
 * its English name ("iodine-131") or its symbol ("I-131", "131I"), with the mass number. The elements are
 * bundled data ({@code drug-names.tsv}, rows of kind "isotope"); each isotope is one drug, named in English by
 * the element and the mass number. A number that is a dose ("碘100毫克") is no mass number.
 */
final class DrugIsotopes {
    /** A radioisotope in a text: where it stands, as written, and its English name. */
    record Found(int start, String written, String english) {
    }

    /** The English name of each element by its symbol and by its folded Chinese and English names. */
    private static final Map<String, String> ELEMENTS = new HashMap<>();
    private static final Pattern ISOTOPE;
    private static final Pattern UNIT = Pattern.compile(
            "\\s*(?:毫克|微克|克|毫升|毫居里|居里|mg|g|μg|mcg|ml|mL|IU|mCi|MBq)(?![A-Za-z])");

    static {
        List<String> symbols = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (String[] row : DataFiles.rows("drug-names.tsv")) {
            if (row[0].equals("isotope")) {
                ELEMENTS.put(row[1], row[3]);
                ELEMENTS.put(Fold.of(row[2]), row[3]);
                ELEMENTS.put(Fold.of(row[3]), row[3]);
                symbols.add(Pattern.quote(row[1]));
                chinese.add(Pattern.quote(row[2]) + "|" + Pattern.quote(ChineseScript.toTraditional(row[2])));
                english.add(Pattern.quote(row[3]));
            }
        }
        String mass = "([0-9]{2,3})";
        ISOTOPE = Pattern.compile("(?<![A-Za-z0-9])(?:(" + String.join("|", chinese) + ")[-－]?" + mass
                + "|(?i:(" + String.join("|", english) + "))-" + mass
                + "|(" + String.join("|", symbols) + ")-" + mass
                + "|" + mass + "(" + String.join("|", symbols) + "))(?![A-Za-z0-9])");
    }

    private DrugIsotopes() {
    }

    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ISOTOPE.matcher(text);
        while (m.find()) {
            String element = null;
            String mass = null;
            for (int g = 1; g <= m.groupCount(); g++) {
                String v = m.group(g);
                if (v != null && v.matches("[0-9]+")) {
                    mass = v;
                } else if (v != null) {
                    element = v;
                }
            }
            boolean dose = m.end() < text.length() && UNIT.matcher(text).region(m.end(), text.length()).lookingAt();
            if (!dose) {
                String name = ELEMENTS.getOrDefault(element, ELEMENTS.get(Fold.of(element)));
                found.add(new Found(m.start(), m.group(), name.toLowerCase(Locale.ROOT) + "-" + mass));
            }
        }
        return found;
    }
}
