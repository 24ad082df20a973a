package org.medkg.source;

import java.time.Instant;

/**
 * One article's wikitext with what is known about it. {@code name} identifies it in messages (a file path,
 * "stdin", or a dump page title); title, language, page id, revision id and timestamp are null when the
 * input does not say. {@code origin} is where the text was read (a file: IRI, or null).
 */
public record Article(String name, String text, String title, String language, Long pageId, Long revisionId,
                      Instant timestamp, String origin) {

    /** A copy with the title and language filled in where they were missing. */
    public Article withDefaults(String defaultTitle, String defaultLanguage) {
        return new Article(name, text, title != null ? title : defaultTitle,
                language != null ? language : defaultLanguage, pageId, revisionId, timestamp, origin);
    }
}
