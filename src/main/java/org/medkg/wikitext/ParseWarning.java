package org.medkg.wikitext;

/** Something in the input that did not form valid markup, with where it stands. */
public record ParseWarning(String message, int offset, int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
