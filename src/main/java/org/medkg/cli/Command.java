package org.medkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One {@code medkg} subcommand: its name, a one-line summary, its options, and what it does. */
interface Command {

    String name();

    /** The argument synopsis after the command name, e.g. "INPUT...". */
    String synopsis();

    String summary();

    Options options();

    /** Runs the command; returns the exit status. Bad usage throws {@link UsageException}. */
    int run(CommandLine line, Terminal terminal) throws Exception;
}
