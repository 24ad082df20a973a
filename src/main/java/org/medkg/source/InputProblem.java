package org.medkg.source;

/**
 * Something wrong with an input itself (unreadable file, invalid UTF-8), with where it was found.
 * {@code fatal} when the input could not be read at all and gave no article (a missing or unreadable file);
 * not fatal when the article was read anyway (invalid UTF-8 replaced by U+FFFD).
 */
public record InputProblem(String input, int line, int column, String message, boolean fatal) {

    /** A fatal problem: the input gave no article. */
    public InputProblem(String input, int line, int column, String message) {
        this(input, line, column, message, true);
    }

    @Override
    public String toString() {
        return input + ":" + line + ":" + column + ": " + message;
    }
}
