package org.medkg.extract;

import java.util.List;

/**
 * A cited work, from a citation template or from a footnote's plain text. Every field but evidence may be
 * null (authors may be empty); {@code text} is the footnote's plain text when there was no template.
 */
public record Citation(String title, List<String> authors, String journal, String date, String doi,
                       String pmid, String url, String pages, String text, Evidence evidence) {
}
