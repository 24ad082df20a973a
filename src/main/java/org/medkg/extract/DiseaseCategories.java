package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whether a category marks a disease article (bundled data: {@code disease-categories.tsv}). */
final class DiseaseCategories {
    private static final List<Pattern> INCLUDE = new ArrayList<>();
    private static final List<Pattern> EXCLUDE = new ArrayList<>();

    static {
        for (String[] row : DataFiles.rows("disease-categories.tsv")) {
            (row[0].equals("include") ? INCLUDE : EXCLUDE).add(Pattern.compile(row[1]));
        }
    }

    private DiseaseCategories() {
    }

    static boolean isDiseaseCategory(Category c) {
        String name = c.name().simplified() != null ? c.name().simplified() : c.name().text();
        return INCLUDE.stream().anyMatch(p -> p.matcher(name).matches())
                && EXCLUDE.stream().noneMatch(p -> p.matcher(name).matches());
    }
}
