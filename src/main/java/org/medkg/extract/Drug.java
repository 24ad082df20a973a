package org.medkg.extract;

/** A drug used for the disease: its name as written, its English name when the text gives one, where. */
public record Drug(Label name, String englishName, Evidence evidence) {
}
