package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a section is for, from its heading, in any script or language (bundled data:
 * {@code section-roles.tsv}): "cause", "treatment", "see_also", …; "" when unknown. A heading that begins with
 * an alias has its role (the longest alias wins); failing that, one that contains an alias ("发病后的治疗").
 */
public final class SectionRoles {
    private static final List<String[]> ALIASES = new ArrayList<>();

    static {
        for (String[] row : DataFiles.rows("section-roles.tsv")) {
            for (int i = 1; i < row.length; i++) {
                ALIASES.add(new String[] {normalize(row[i]), row[0]});
            }
        }
        ALIASES.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
    }

    private SectionRoles() {
    }

    public static String of(String heading) {
        String h = normalize(heading);
        if (h.isEmpty()) {
            return "";
        }
        for (String[] alias : ALIASES) {
            if (h.startsWith(alias[0])) {
                return alias[1];
            }
        }
        for (String[] alias : ALIASES) {
            if (alias[0].length() >= 2 && h.contains(alias[0])) {
                return alias[1];
            }
        }
        return "";
    }

    private static String normalize(String text) {
        String s = ChineseScript.toSimplified(text).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
