package org.medkg.extract;

/** A link to a web page outside the wiki. */
public record WebLink(String url, String label, Evidence evidence) {
}
