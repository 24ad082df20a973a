package org.medkg.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.medkg.extract.ProblemHandler;
import org.medkg.pipeline.Pipeline;
import org.medkg.pipeline.Summary;
import org.medkg.rdf.IriScheme;
import org.medkg.rdf.OutputFormat;
import org.medkg.rdf.ShapeValidator;

/** {@code medkg demo}: extracts the bundled seed article and prints its Turtle, validated. */
final class DemoCommand implements Command {
    static final String SEED = "/org/medkg/examples/zh/spinal-muscular-atrophy.wiki";

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
        return "extract the seed article (spinal muscular atrophy, zh) and print its Turtle";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        Path seed = Files.createTempFile("medkg-seed", ".wiki");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SEED)) {
            Files.write(seed, in.readAllBytes());
            Dataset ds = DatasetFactory.createTxnMem();
            DatasetGraph dsg = ds.asDatasetGraph();
            Pipeline pipeline = Pipeline.builder().title(null)
                    .problems(ProblemHandler.to(p -> t.err().println(p))).build();
            Summary summary = pipeline.run(List.of(seed.toString()), InputStream.nullInputStream(),
                    StreamRDFLib.dataset(dsg));
            var sink = OutputFormat.TTL.sink(t.out(), IriScheme.DEFAULT_BASE);
            sink.start();
            dsg.find().forEachRemaining(sink::quad);
            sink.finish();
            t.out().flush();
            boolean valid = ShapeValidator.validate(dsg.getUnionGraph()).conforms();
            t.err().println("demo: " + summary + "; " + dsg.getUnionGraph().size() + " triples; SHACL "
                    + (valid ? "conforms" : "VIOLATIONS (run medkg validate)"));
            return summary.failed() == 0 && valid ? ExitStatus.OK : ExitStatus.FAILED;
        } finally {
            Files.deleteIfExists(seed);
        }
    }
}
