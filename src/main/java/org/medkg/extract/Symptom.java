package org.medkg.extract;

/** A sign or symptom of the disease. */
public record Symptom(Label name, Evidence evidence) {
}
