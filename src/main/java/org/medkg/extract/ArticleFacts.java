package org.medkg.extract;

import org.medkg.source.Article;

/**
 * What was read from one article: the article (its language settled; its title null when the input did not
 * give one), the key that names the article's graph (its title, else the disease's name, else the file's
 * name), its disease (or null when the article is not about a disease), and what else its infobox says it
 * describes, a drug or a gene (or null).
 */
public record ArticleFacts(Article article, String key, Disease disease, PageSubject subject) {

    public boolean hasDisease() {
        return disease != null;
    }
}
