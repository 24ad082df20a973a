package org.medkg.source;

/** Something wrong with an input itself (unreadable file, invalid UTF-8), with where it was found. */
public record InputProblem(String input, int line, int column, String message) {

    @Override
    public String toString() {
        return input + ":" + line + ":" + column + ": " + message;
    }
}
