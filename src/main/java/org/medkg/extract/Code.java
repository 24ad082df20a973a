package org.medkg.extract;

/**
 * A classification code: the registry's system name and the IRI of its registry record, the normalised
 * value, and its resolver IRI (or null).
 */
public record Code(String system, String systemIri, String value, String url, Evidence evidence) {
}
