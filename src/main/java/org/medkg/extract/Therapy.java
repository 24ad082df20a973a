package org.medkg.extract;

/** A treatment that is not a drug (physiotherapy, surgery, gene therapy…). */
public record Therapy(Label name, Evidence evidence) {
}
