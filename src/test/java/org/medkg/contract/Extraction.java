package org.medkg.contract;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.medkg.extract.Problem;
import org.medkg.extract.ProblemHandler;
import org.medkg.pipeline.Pipeline;
import org.medkg.pipeline.Summary;

/** Runs the whole pipeline on test files into an in-memory dataset, with a fixed clock. */
final class Extraction {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** The dataset, the run's summary and the problems reported. */
    record Result(Dataset dataset, Summary summary, List<Problem> problems) {
    }

    private Extraction() {
    }

    static Result of(Path... files) {
        ProblemHandler.Collecting problems = new ProblemHandler.Collecting();
        Dataset ds = DatasetFactory.createTxnMem();
        Pipeline p = Pipeline.builder().clock(CLOCK).problems(problems).build();
        Summary s = p.run(Arrays.stream(files).map(Path::toString).toList(), InputStream.nullInputStream(),
                StreamRDFLib.dataset(ds.asDatasetGraph()));
        return new Result(ds, s, problems.problems());
    }
}
