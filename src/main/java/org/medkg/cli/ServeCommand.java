package org.medkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.medkg.serve.LinkedDataServer;
import org.medkg.store.MedkgStore;

/** {@code medkg serve}: the store as linked data, with a read-only SPARQL endpoint, until interrupted. */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "serve the store as linked data: pages, RDF for every IRI, search, VoID, read-only /sparql";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(LoadCommand.storeOption())
                .addOption(Option.builder().longOpt("port").hasArg().argName("N")
                        .desc("port to listen on (default 8080; 0 for any free port)").build())
                .addOption(Option.builder().longOpt("host").hasArg().argName("ADDR")
                        .desc("address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)").build())
                .addOption(Option.builder().longOpt("base").hasArg().argName("IRI")
                        .desc("base the store's IRIs were minted under; BASE+P answers at /P (default: the "
                                + "base the store was loaded with)").build())
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("longest a SPARQL query may run (default 30; 0 for no limit)").build())
                .addOption(Option.builder().longOpt("max-results").hasArg().argName("N")
                        .desc("most rows a SPARQL query returns (default 10000)").build());
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("serve takes no arguments (the store is --store DIR)");
        }
        int port = number(line, "port", 8080, 0, 65535);
        long maxResults = number(line, "max-results", 10_000, 1, Integer.MAX_VALUE);
        Duration timeout = line.hasOption("timeout") ? QueryCommand.timeout(line.getOptionValue("timeout"))
                : Duration.ofSeconds(30);
        Path dir = Path.of(line.getOptionValue("store", LoadCommand.DEFAULT_STORE));
        MedkgStore store = MedkgStore.openExisting(dir);
        LinkedDataServer.Builder builder = LinkedDataServer.builder(store).port(port)
                .host(line.getOptionValue("host", "127.0.0.1")).maxResults(maxResults)
                .queryTimeout(timeout == null ? Duration.ZERO : timeout);
        if (line.hasOption("base")) {
            builder.base(ArticleOptions.base(line));
        }
        LinkedDataServer server;
        try {
            server = builder.build().start();
        } catch (RuntimeException e) {
            store.close();
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("cannot listen on " + line.getOptionValue("host", "127.0.0.1") + ":"
                    + port + " (" + cause.getMessage() + "); is another server using the port? try --port", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        t.out().println("medkg serve: " + server.address() + " (store " + dir + "; SPARQL at " + server.address()
                + "sparql); Ctrl-C to stop");
        t.out().flush();
        server.join();
        return ExitStatus.OK;
    }

    private static int number(CommandLine line, String option, int fallback, int min, int max) throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + option + " must be a whole number from " + min + " to " + max + ": " + value);
    }
}
