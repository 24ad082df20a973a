package org.medkg.cli;

/** medkg's exit statuses. */
final class ExitStatus {
    /** The run did what was asked. */
    static final int OK = 0;
    /** The run failed: an input could not be read, an article failed, or validation found violations. */
    static final int FAILED = 1;
    /** Bad usage: unknown command or option, missing argument. */
    static final int USAGE = 2;

    private ExitStatus() {
    }
}
