package org.medkg.extract;

/**
 * A drug used for the disease: its name as written, its English name (the drug vocabulary's canonical name
 * where it knows the drug, else as the text gives it, or null), its DrugBank id (or null), and where.
 */
public record Drug(Label name, String englishName, String drugbankId, Evidence evidence) {
}
