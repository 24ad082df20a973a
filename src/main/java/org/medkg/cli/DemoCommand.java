package org.medkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code medkg demo}: the main job on the bundled seed article, end to end — extract and load it into a
 * store, run example queries, export Turtle and JSON-LD, and validate the export against the shapes. It
 * only strings the other commands together.
 */
final class DemoCommand implements Command {
    static final String SEED = "/org/medkg/examples/zh/spinal-muscular-atrophy.wiki";
    private static final List<String> QUERIES = List.of("diseases-by-gene", "gene-proteins",
            "drugs-for-autosomal-recessive", "disease-names", "disease-codes", "evidence-for-facts");

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "run the seed article (spinal muscular atrophy, zh) through extract, load, query and export";
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt("dir").hasArg().argName("DIR")
                .desc("where to put the demo's store and exports (default: a new temporary folder)").build());
    }

    @Override
    public int run(CommandLine line, Terminal t) throws IOException {
        Path dir = line.hasOption("dir") ? Path.of(line.getOptionValue("dir"))
                : Files.createTempDirectory("medkg-demo");
        Files.createDirectories(dir);
        Path seed = dir.resolve("spinal-muscular-atrophy.wiki");
        Path store = dir.resolve("store");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SEED)) {
            Files.write(seed, in.readAllBytes());
        }
        t.out().println("== medkg demo in " + dir);
        if (step(t, "load " + seed.getFileName(), "load", seed.toString(), "--store", store.toString())
                != ExitStatus.OK) {
            return ExitStatus.FAILED;
        }
        for (String q : QUERIES) {
            String text = resource("/org/medkg/queries/" + q + ".rq");
            String question = text.lines().findFirst().orElse(q).replaceFirst("^#\\s*", "");
            if (step(t, question, "query", "--store", store.toString(), "-e", text) != ExitStatus.OK) {
                return ExitStatus.FAILED;
            }
        }
        for (String format : List.of("ttl", "jsonld")) {
            Path out = dir.resolve("sma." + format);
            if (step(t, "export " + out.getFileName(), "export", "--store", store.toString(), "-f", format, "-o",
                    out.toString()) != ExitStatus.OK) {
                return ExitStatus.FAILED;
            }
        }
        int status = step(t, "validate sma.ttl against ontology/shapes.ttl", "validate",
                dir.resolve("sma.ttl").toString());
        t.out().println();
        t.out().println("-- browse it: medkg serve --store " + store + "  (then open http://127.0.0.1:8080/)");
        return status;
    }

    private static int step(Terminal t, String title, String... args) {
        t.out().println();
        t.out().println("-- " + title);
        t.out().flush();
        return Main.run(args, t);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing bundled " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
