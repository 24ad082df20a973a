package org.medkg.extract;

/** A gene the article gives as a cause of the disease: its HGNC-shaped symbol, and where it says so. */
public record Gene(String symbol, Evidence evidence) {
}
