package org.medkg.extract;

/**
 * A protein the text names: its name (or null), its English name when a Chinese text gives one (or null),
 * its abbreviation (or null), the symbol of the gene the text says encodes it (or null), and where.
 */
public record Protein(Label name, String englishName, String abbreviation, String encodedBy, Evidence evidence) {

    /** The key that identifies the protein: its abbreviation, else its name. */
    public String key() {
        return abbreviation != null ? abbreviation : name.simplified() != null ? name.simplified() : name.text();
    }
}
