package org.medkg.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.medkg.pipeline.Version;
import org.slf4j.LoggerFactory;

/**
 * The {@code medkg} command: a thin shell over the library. Exit status 0 on success, 1 on a failed run,
 * 2 on bad usage.
 */
public final class Main {
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command c : List.of(new DemoCommand(), new ParseCommand(), new ExtractCommand(),
                new ValidateCommand(), new LoadCommand(), new StatsCommand(), new ExportCommand(),
                new QueryCommand(), new ServeCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale, as the RDF on stdout: with a POSIX locale, Java 17 would print Chinese as '?'.
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, new Terminal(System.in, out, err));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs medkg with these arguments; returns the exit status. */
    public static int run(String[] args, Terminal t) {
        int i = 0;
        String level = "warn";
        while (i < args.length && args[i].startsWith("-")) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    t.out().print(help());
                    return ExitStatus.OK;
                }
                case "-V", "--version" -> {
                    t.out().println("medkg " + Version.get());
                    return ExitStatus.OK;
                }
                case "-v", "--verbose" -> level = "debug";
                case "-q", "--quiet" -> level = "error";
                default -> {
                    t.err().println("medkg: unknown option " + args[i] + "\n" + help());
                    return ExitStatus.USAGE;
                }
            }
            i++;
        }
        Logging.configure(level);
        if (i >= args.length) {
            t.err().print(help());
            return ExitStatus.USAGE;
        }
        Command command = COMMANDS.get(args[i]);
        if (command == null) {
            t.err().println("medkg: unknown command '" + args[i] + "'\n" + help());
            return ExitStatus.USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, i + 1, args.length);
        Options options = command.options().addOption("h", "help", false, "show this help");
        try {
            CommandLine line = new DefaultParser().parse(options, rest);
            if (line.hasOption("help")) {
                t.out().print(commandHelp(command));
                return ExitStatus.OK;
            }
            return command.run(line, t);
        } catch (ParseException | UsageException e) {
            t.err().println("medkg " + command.name() + ": " + e.getMessage() + "\n" + commandHelp(command));
            return ExitStatus.USAGE;
        } catch (Exception e) {
            t.err().println("medkg " + command.name() + ": " + describe(e));
            LoggerFactory.getLogger(Main.class).debug("failure", e);
            return ExitStatus.FAILED;
        }
    }

    /** A failure's message; a file-system error names the file and what is wrong with it. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static String help() {
        StringBuilder b = new StringBuilder();
        b.append("Usage: medkg [--verbose|--quiet] COMMAND [OPTIONS] [ARGS]\n")
                .append("       medkg --help | --version\n\n")
                .append("Turns Wikipedia articles about diseases (zh, en) into a linked-data knowledge graph.\n\n")
                .append("Commands:\n");
        for (Command c : COMMANDS.values()) {
            b.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        b.append("\nOptions:\n")
                .append("  -h, --help      show this help (medkg COMMAND --help: the command's)\n")
                .append("  -V, --version   print the version\n")
                .append("  -v, --verbose   log progress and details on stderr\n")
                .append("  -q, --quiet     log errors only\n\n")
                .append("Exit status: 0 success, 1 failed run (unreadable input, failed article, invalid RDF),\n")
                .append("2 bad usage.\n");
        return b.toString();
    }

    static String commandHelp(Command c) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        new HelpFormatter().printHelp(w, 100, "medkg " + c.name() + " [OPTIONS] " + c.synopsis(),
                c.summary() + "\n\n", c.options(), 2, 2, "");
        w.flush();
        return s.toString();
    }
}
