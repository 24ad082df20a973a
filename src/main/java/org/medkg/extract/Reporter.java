package org.medkg.extract;

import org.medkg.wikitext.Node;

/** Reports problems of one article to a {@link ProblemHandler}, positioned at a node or a line and column. */
final class Reporter {
    private final String article;
    private final ProblemHandler handler;

    Reporter(String article, ProblemHandler handler) {
        this.article = article;
        this.handler = handler;
    }

    void warn(Node at, String message) {
        warn(at.span().line(), at.span().column(), message);
    }

    void warn(int line, int column, String message) {
        handler.report(new Problem(Problem.Severity.WARNING, article, line, column, message));
    }
}
