package org.medkg.extract;

/**
 * Where in its article a fact was read: line and column (1-based), the section heading ("" for the lead),
 * and the sentence quoted, when the fact came from prose (else null).
 */
public record Evidence(int line, int column, String section, String quote) {

    public static Evidence at(org.medkg.wikitext.Node node, String section) {
        return new Evidence(node.span().line(), node.span().column(), section, null);
    }
}
