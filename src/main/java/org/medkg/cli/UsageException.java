package org.medkg.cli;

/** The command line was wrong: reported with the command's usage, exit status 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
