package org.medkg.extract;

/** A mode of inheritance, as a Human Phenotype Ontology id ("HP_0000007"), and where the text states it. */
public record Inheritance(String hpoId, Evidence evidence) {
}
