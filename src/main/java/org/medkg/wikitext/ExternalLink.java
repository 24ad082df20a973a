package org.medkg.wikitext;

import java.util.List;

/** An external link: bracketed {@code [url label]} or a bare URL in running text. */
public record ExternalLink(String url, List<Node> label, boolean bracketed, Span span) implements Node {

    @Override
    public List<Node> children() {
        return label;
    }
}
