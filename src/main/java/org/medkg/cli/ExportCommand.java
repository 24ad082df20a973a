package org.medkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.medkg.rdf.OutputFormat;
import org.medkg.store.MedkgStore;
import org.medkg.store.StoreExporter;

/** {@code medkg export}: the store, or one graph of it, as RDF; streamed, so any size of store fits. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "write the store (or one graph) as RDF: ttl, jsonld, nt, nq, trig or rdfxml";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(LoadCommand.storeOption())
                .addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
                        .desc("ttl (default), jsonld, nt, nq, trig or rdfxml; nq, trig and jsonld keep the "
                                + "article graphs, the others merge them. jsonld: one document, compacted with "
                                + "medkg's context, one article graph per line in its @graph").build())
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                        .desc("write to FILE instead of standard output").build())
                .addOption(Option.builder().longOpt("graph").hasArg().argName("IRI")
                        .desc("only this named graph (an article's: BASE graph/LANG/TITLE)").build());
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("export takes no arguments (the store is --store DIR)");
        }
        OutputFormat format = ExtractCommand.format(line);
        Node graph = null;
        if (line.hasOption("graph")) {
            String iri = line.getOptionValue("graph");
            try {
                if (!IRIx.create(iri).isAbsolute()) {
                    throw new UsageException("--graph must be an absolute IRI: " + iri);
                }
            } catch (RuntimeException e) {
                throw new UsageException("--graph is not an IRI: " + iri);
            }
            graph = NodeFactory.createURI(iri);
        }
        Path dir = Path.of(line.getOptionValue("store", LoadCommand.DEFAULT_STORE));
        String output = line.getOptionValue("o");
        try (MedkgStore store = MedkgStore.openExisting(dir)) {
            StoreExporter exporter = new StoreExporter(store);
            if (output == null) {
                exporter.export(format, graph, t.out());
                t.out().flush();
                return ExitStatus.OK;
            }
            // Written beside FILE, then moved over it: a failed export leaves no half file.
            Path file = Path.of(output).toAbsolutePath();
            Path tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try {
                long n;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                        1 << 16)) {
                    n = exporter.export(format, graph, out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                t.err().println("wrote " + n + (format.keepsGraphs() ? " quads" : " triples") + " to " + output);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return ExitStatus.OK;
    }
}
