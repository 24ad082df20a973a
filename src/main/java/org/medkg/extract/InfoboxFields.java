package org.medkg.extract;

import java.util.HashMap;
import java.util.Map;

/** Infobox parameters by meaning (bundled data: {@code infobox-fields.tsv}): "name", "image", "genes", … */
final class InfoboxFields {
    private static final Map<String, String> ROLE_BY_KEY = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows("infobox-fields.tsv")) {
            for (int i = 1; i < row.length; i++) {
                ROLE_BY_KEY.put(CodingSystem.key(row[i]), row[0]);
            }
        }
    }

    private InfoboxFields() {
    }

    /** The role of a parameter name, or null. */
    static String role(String parameterName) {
        return ROLE_BY_KEY.get(CodingSystem.key(parameterName));
    }
}
