package org.medkg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.medkg.pipeline.Pipeline;
import org.medkg.pipeline.Summary;
import org.medkg.rdf.OutputFormat;
import org.medkg.store.ArticleGraphSplitter;
import org.medkg.store.GraphStorePusher;
import org.medkg.store.MedkgStore;
import org.medkg.store.StoreLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code medkg load INPUT...}: extracts articles (as {@code extract} does) into the local TDB2 store, one
 * named graph per article, replacing an article's graph when it is loaded again; or, with
 * {@code --endpoint}, PUTs each graph to a SPARQL Graph Store Protocol server.
 */
final class LoadCommand implements Command {
    static final String DEFAULT_STORE = "medkg-store";

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String synopsis() {
        return "INPUT...";
    }

    @Override
    public String summary() {
        return "extract articles into the store (TDB2), one named graph per article";
    }

    @Override
    public Options options() {
        return ArticleOptions.addTo(new Options())
                .addOption(storeOption())
                .addOption(Option.builder().longOpt("batch").hasArg().argName("N")
                        .desc("articles per transaction (default " + StoreLoader.DEFAULT_BATCH
                                + "); a batch is stored whole or not at all").build())
                .addOption(Option.builder().longOpt("endpoint").hasArg().argName("URL")
                        .desc("instead of the store, PUT each article's graph to this SPARQL Graph Store "
                                + "Protocol endpoint (e.g. http://localhost:3030/ds)").build())
                .addOption(Option.builder().longOpt("retries").hasArg().argName("N")
                        .desc("with --endpoint: tries again N times (default 3), waiting 0.5 s, 1 s, 2 s…, "
                                + "when the server is down or busy").build());
    }

    /** {@code --store DIR}, shared with stats and export. */
    static Option storeOption() {
        return Option.builder().longOpt("store").hasArg().argName("DIR")
                .desc("the store's folder (default ./" + DEFAULT_STORE + ")").build();
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        List<String> inputs = line.getArgList();
        if (inputs.isEmpty()) {
            throw new UsageException("load needs at least one INPUT (a file, a folder, or - for stdin)");
        }
        String base = ArticleOptions.base(line);
        int batch = positive(line, "batch", StoreLoader.DEFAULT_BATCH, 1);
        int retries = positive(line, "retries", 3, 0);
        String endpoint = line.getOptionValue("endpoint");
        if (endpoint != null && line.hasOption("store")) {
            throw new UsageException("give --store or --endpoint, not both");
        }
        Progress progress = Progress.forTerminal(t.err(), inputs);
        Pipeline pipeline = ArticleOptions.pipeline(line, t).progress(progress).build();
        return endpoint != null ? push(pipeline, progress, inputs, endpoint(endpoint), retries, t)
                : load(pipeline, progress, inputs, Path.of(line.getOptionValue("store", DEFAULT_STORE)), base, batch,
                        t);
    }

    private static int load(Pipeline pipeline, Progress progress, List<String> inputs, Path dir, String base,
                            int batch, Terminal t) {
        // Not a static field: commands are made before Logging.configure, and slf4j-simple reads its settings once.
        Logger log = LoggerFactory.getLogger(LoadCommand.class);
        try (MedkgStore store = MedkgStore.open(dir)) {
            StoreLoader loader = new StoreLoader(store, batch, OutputFormat.prefixes(base),
                    (n, graphs, quads) -> log.info("committed batch {}: {} graphs, {} quads", n, graphs, quads));
            Summary summary = pipeline.run(inputs, t.in(), new ArticleGraphSplitter(loader));
            loader.close();
            long redirects = store.linkRedirects();
            long resolved = store.resolvePageLinks();
            progress.finish();
            t.err().println(summary);
            t.err().println("stored " + loader.graphs() + " graph" + (loader.graphs() == 1 ? "" : "s") + " ("
                    + loader.replaced() + " replaced, " + loader.quads() + " quads) in " + loader.batches()
                    + " batch" + (loader.batches() == 1 ? "" : "es") + " into " + dir
                    + (redirects > 0 ? "; " + redirects + " redirect" + (redirects == 1 ? "" : "s")
                    + " linked as alternate names" : "")
                    + (resolved > 0 ? "; " + resolved + " drug or gene fact" + (resolved == 1 ? "" : "s")
                    + " resolved through links to drug and gene pages" : ""));
            return summary.failed() > 0 ? ExitStatus.FAILED : ExitStatus.OK;
        }
    }

    private static int push(Pipeline pipeline, Progress progress, List<String> inputs, String endpoint,
                            int retries, Terminal t) {
        GraphStorePusher pusher = new GraphStorePusher(endpoint, retries, Duration.ofMillis(500));
        Summary summary = pipeline.run(inputs, t.in(), new ArticleGraphSplitter(pusher));
        pusher.close();
        progress.finish();
        t.err().println(summary);
        t.err().println("stored " + pusher.graphs() + " graph" + (pusher.graphs() == 1 ? "" : "s") + " ("
                + pusher.triples() + " triples) at " + endpoint);
        return summary.failed() > 0 ? ExitStatus.FAILED : ExitStatus.OK;
    }

    private static String endpoint(String url) throws UsageException {
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new UsageException("--endpoint must be an http(s) URL, e.g. http://localhost:3030/ds: " + url);
    }

    static int positive(CommandLine line, String option, int dflt, int min) throws UsageException {
        String v = line.getOptionValue(option);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + option + " must be a whole number of at least " + min + ": " + v);
    }
}
