package org.medkg.extract;

/** A link to another wiki page: its language edition ("zh", "en") and normalised title. */
public record PageLink(String language, String title, Evidence evidence) {
}
