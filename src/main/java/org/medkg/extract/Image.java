package org.medkg.extract;

/** The article's main image: a file name (spaces as written) and its caption (or null). */
public record Image(String file, Label caption, Evidence evidence) {
}
