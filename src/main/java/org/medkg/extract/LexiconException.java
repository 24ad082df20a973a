package org.medkg.extract;

/**
 * A vocabulary file medkg cannot use: missing, unreadable, or with a malformed line. Raised when the
 * vocabularies load, before any article is read; the message names the file, the line and what was wrong.
 */
public final class LexiconException extends RuntimeException {

    LexiconException(String message) {
        super(message);
    }
}
