package org.medkg.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command talks to; tests pass their own. */
record Terminal(InputStream in, PrintStream out, PrintStream err) {
}
