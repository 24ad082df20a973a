package org.medkg.extract;

/** Something wrong in an article, with where it stands; printed as {@code article:line:column: message}. */
public record Problem(Severity severity, String article, int line, int column, String message) {

    /** How bad: a warning loses one fact; an error loses the article. */
    public enum Severity { WARNING, ERROR }

    @Override
    public String toString() {
        return article + ":" + line + ":" + column + ": " + (severity == Severity.ERROR ? "error: " : "") + message;
    }
}
