package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medkg serve}'s options and failures (the server itself: org.medkg.serve's tests). */
class ServeCommandTest {

    @Test
    void helpListsTheOptions() {
        Cli.Run run = Cli.run(InputStream.nullInputStream(), "serve", "--help");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        for (String option : new String[] {"--store", "--port", "--host", "--base", "--timeout", "--max-results"}) {
            assertTrue(run.out().contains(option), option);
        }
        assertTrue(run.out().contains("127.0.0.1"));
    }

    @Test
    void badNumbersAreUsageErrors(@TempDir Path dir) {
        Cli.Run port = Cli.run(InputStream.nullInputStream(), "serve", "--store", dir.toString(), "--port", "99999");
        assertEquals(ExitStatus.USAGE, port.status(), port.toString());
        assertTrue(port.err().contains("--port must be a whole number from 0 to 65535: 99999"));
        Cli.Run limit = Cli.run(InputStream.nullInputStream(), "serve", "--store", dir.toString(), "--max-results", "x");
        assertEquals(ExitStatus.USAGE, limit.status(), limit.toString());
        Cli.Run timeout = Cli.run(InputStream.nullInputStream(), "serve", "--store", dir.toString(), "--timeout", "-1");
        assertEquals(ExitStatus.USAGE, timeout.status(), timeout.toString());
    }

    @Test
    void aMissingStoreIsAClearFailure(@TempDir Path dir) {
        Cli.Run run = Cli.run(InputStream.nullInputStream(), "serve", "--store", dir.resolve("none").toString());
        assertEquals(ExitStatus.FAILED, run.status(), run.toString());
        assertTrue(run.err().contains("no store at"), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace");
    }
}
