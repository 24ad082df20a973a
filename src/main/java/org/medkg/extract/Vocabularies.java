package org.medkg.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * The real vocabularies names are recognised through: human genes and the proteins they encode, drugs in
 * English and Chinese, drug classes. Built from public sources by {@code lexicons/BuildLexicons.java} (each
 * file names its source and licence in its header) and bundled in the jar; {@link #from} reads the same files
 * from a folder instead. Loading checks every file, so a missing or malformed one stops a run before any
 * article is read ({@link LexiconException}). Immutable and thread-safe once loaded.
 */
public final class Vocabularies {
    private static volatile Vocabularies bundled;

    private final GeneVocabulary genes;
    private final DrugVocabulary drugs;

    private Vocabularies(Source source) {
        this.genes = new GeneVocabulary(source);
        this.drugs = new DrugVocabulary(source);
    }

    /** Reads one vocabulary file: its name, and the least and most columns a line may have. */
    @FunctionalInterface
    interface Source {
        List<LexiconFile.Row> rows(String name, int minColumns, int maxColumns);
    }

    /** The vocabularies bundled with medkg, loaded once. */
    public static Vocabularies bundled() {
        Vocabularies v = bundled;
        if (v == null) {
            synchronized (Vocabularies.class) {
                if (bundled == null) {
                    bundled = new Vocabularies(LexiconFile::bundled);
                }
                v = bundled;
            }
        }
        return v;
    }

    /** The vocabularies in {@code folder}, which holds files named as the bundled ones. */
    public static Vocabularies from(Path folder) {
        return new Vocabularies((name, min, max) -> LexiconFile.in(folder, name, min, max));
    }

    GeneVocabulary genes() {
        return genes;
    }

    DrugVocabulary drugs() {
        return drugs;
    }
}
