package org.medkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.shared.PrefixMapping;
import org.medkg.pipeline.Pipeline;
import org.medkg.pipeline.Summary;
import org.medkg.rdf.FactListener;
import org.medkg.rdf.OutputFormat;

/** {@code medkg extract INPUT...}: articles to RDF, with every problem reported and a summary. */
final class ExtractCommand implements Command {

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String synopsis() {
        return "INPUT...";
    }

    @Override
    public String summary() {
        return "turn articles (files, folders, - for stdin) into RDF";
    }

    @Override
    public Options options() {
        return ArticleOptions.addTo(new Options())
                .addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
                        .desc("ttl (default), jsonld, nt, nq, trig or rdfxml").build())
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                        .desc("write the RDF to FILE instead of standard output").build())
                .addOption(Option.builder().longOpt("explain")
                        .desc("print every triple with the article, line and column it came from "
                                + "(to standard output; the RDF then needs -o)").build());
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        List<String> inputs = line.getArgList();
        if (inputs.isEmpty()) {
            throw new UsageException("extract needs at least one INPUT (a file, a folder, or - for stdin)");
        }
        OutputFormat format = format(line);
        String base = ArticleOptions.base(line);
        boolean explain = line.hasOption("explain");
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        OutputFormat.prefixes(base).forEach(prefixes::setNsPrefix);
        FactListener listener = explain ? (article, triple, evidence) -> t.out().println(
                article.name() + ":" + (evidence == null ? "-" : evidence.line() + ":" + evidence.column()) + "\t"
                        + FmtUtils.stringForTriple(triple, prefixes)) : FactListener.NONE;
        Progress progress = Progress.forTerminal(t.err(), inputs);
        Pipeline pipeline = ArticleOptions.pipeline(line, t).listener(listener).progress(progress).build();
        String output = line.getOptionValue("o");
        Summary summary;
        try (OutputStream out = output != null
                ? new BufferedOutputStream(Files.newOutputStream(Path.of(output)))
                : explain ? OutputStream.nullOutputStream() : t.out()) {
            StreamRDF sink = explain && output == null ? StreamRDFLib.sinkNull() : format.sink(out, base);
            summary = pipeline.run(inputs, t.in(), sink);
            out.flush();
        }
        progress.finish();
        t.err().println(summary);
        return summary.failed() > 0 ? ExitStatus.FAILED : ExitStatus.OK;
    }

    static OutputFormat format(CommandLine line) throws UsageException {
        try {
            return OutputFormat.of(line.getOptionValue("f", "ttl"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
