package org.medkg.source;

import java.time.Instant;

/**
 * One article's wikitext with what is known about it. {@code name} identifies it in messages (a file path,
 * "stdin", or a dump page title); title, language, page id, revision id and timestamp are null when the
 * input does not say. {@code origin} is where the text was read (a file: IRI, or null). {@code redirectTarget}
 * is the title a redirect page points to (from a dump's {@code <redirect title="…"/>}), null for other pages;
 * a redirect's text is still given.
 */
public record Article(String name, String text, String title, String language, Long pageId, Long revisionId,
                      Instant timestamp, String origin, String redirectTarget) {

    /** An article that is not a redirect. */
    public Article(String name, String text, String title, String language, Long pageId, Long revisionId,
                   Instant timestamp, String origin) {
        this(name, text, title, language, pageId, revisionId, timestamp, origin, null);
    }

    /** True when the input marked this page as a redirect. */
    public boolean isRedirect() {
        return redirectTarget != null;
    }

    /** A copy with the title and language filled in where they were missing. */
    public Article withDefaults(String defaultTitle, String defaultLanguage) {
        return new Article(name, text, title != null ? title : defaultTitle,
                language != null ? language : defaultLanguage, pageId, revisionId, timestamp, origin,
                redirectTarget);
    }
}
