package org.medkg.extract;

/** A category the article is in. */
public record Category(Label name) {
}
