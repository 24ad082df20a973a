package org.medkg.pipeline;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.medkg.extract.ArticleFacts;
import org.medkg.extract.CodingSystems;
import org.medkg.extract.DiseaseExtractor;
import org.medkg.extract.Problem;
import org.medkg.extract.ProblemHandler;
import org.medkg.extract.Vocabularies;
import org.medkg.rdf.ArticleGraphWriter;
import org.medkg.rdf.FactListener;
import org.medkg.rdf.IriScheme;
import org.medkg.source.Article;
import org.medkg.source.FileSource;

/**
 * The library API: source → wikitext → extract → rdf, into any Jena {@link StreamRDF}. Each article is
 * converted whole before its quads are passed on, each quad once, so one broken article never leaves part of
 * itself in the sink, and never stops the others.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().base("https://example.org/kg/").problems(System.err::println).build();
 * Summary s = p.run(List.of("articles/"), System.in, StreamRDFLib.dataset(dsg));
 * }</pre>
 */
public final class Pipeline {
    private final String language;
    private final String title;
    private final ProblemHandler problems;
    private final FactListener listener;
    private final Consumer<ArticleFacts> progress;
    private final DiseaseExtractor extractor;
    private final ArticleGraphWriter writer;

    private Pipeline(Builder b) {
        this.language = b.language;
        this.title = b.title;
        this.problems = b.problems;
        this.listener = b.listener;
        this.progress = b.progress;
        this.extractor = new DiseaseExtractor(b.registry != null ? b.registry : CodingSystems.bundled(),
                b.vocabularies != null ? b.vocabularies : Vocabularies.bundled(), problems);
        this.writer = new ArticleGraphWriter(new IriScheme(b.base), Version.get(), b.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads files, folders or stdin ("-") and converts every article into {@code out}. */
    public Summary run(List<String> inputs, InputStream stdin, StreamRDF out) {
        Counter counter = new Counter();
        out.start();
        new FileSource(inputs, stdin).read(article -> convert(article, out, counter), p -> {
            if (p.fatal()) {
                counter.failed++;
            }
            problems.report(new Problem(p.fatal() ? Problem.Severity.ERROR : Problem.Severity.WARNING, p.input(),
                    p.line(), p.column(), p.message()));
        });
        out.finish();
        return counter.summary();
    }

    /** Converts one article into {@code out}; null when it failed (the failure went to the problem handler). */
    public ArticleFacts convert(Article article, StreamRDF out) {
        return convert(article, out, new Counter());
    }

    private ArticleFacts convert(Article input, StreamRDF out, Counter counter) {
        Article article = input.withDefaults(title, language);
        Set<Quad> quads = new LinkedHashSet<>();
        List<Runnable> explained = new ArrayList<>();
        ArticleFacts facts;
        try {
            facts = extractor.extract(article);
            writer.write(facts, collect(quads::add),
                    (a, t, e) -> explained.add(() -> listener.fact(a, t, e)));
        } catch (RuntimeException e) {
            counter.failed++;
            problems.report(new Problem(Problem.Severity.ERROR, article.name(), 1, 1,
                    "article skipped: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            return null;
        }
        quads.forEach(out::quad);
        explained.forEach(Runnable::run);
        counter.articles++;
        if (facts.hasDisease()) {
            counter.diseases++;
        }
        progress.accept(facts);
        return facts;
    }

    private static StreamRDF collect(Consumer<Quad> sink) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sink.accept(quad);
            }
        };
    }

    private static final class Counter {
        int articles;
        int diseases;
        int failed;

        Summary summary() {
            return new Summary(articles + failed, diseases, articles - diseases, failed);
        }
    }

    /** Settings of a {@link Pipeline}; every one has a default. */
    public static final class Builder {
        private String base = IriScheme.DEFAULT_BASE;
        private String language;
        private String title;
        private ProblemHandler problems = ProblemHandler.to(p -> { });
        private FactListener listener = FactListener.NONE;
        private Consumer<ArticleFacts> progress = facts -> { };
        private Clock clock = Clock.systemUTC();
        private CodingSystems registry;
        private Vocabularies vocabularies;

        /** The base of minted IRIs (default {@value IriScheme#DEFAULT_BASE}). */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** The articles' language ("zh" or "en"); null guesses it from the script. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The article's title, when the input does not give one. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder problems(ProblemHandler problems) {
            this.problems = problems;
            return this;
        }

        /** Hears every triple with the place it came from (for {@code --explain}). */
        public Builder listener(FactListener listener) {
            this.listener = listener;
            return this;
        }

        /** Hears each article once it is converted (for progress reports). */
        public Builder progress(Consumer<ArticleFacts> progress) {
            this.progress = progress;
            return this;
        }

        /** The clock of {@code prov:generatedAtTime}. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** A coding-system registry other than the bundled one. */
        public Builder registry(CodingSystems registry) {
            this.registry = registry;
            return this;
        }

        /** Gene and drug vocabularies other than the bundled ones ({@link Vocabularies#from}). */
        public Builder vocabularies(Vocabularies vocabularies) {
            this.vocabularies = vocabularies;
            return this;
        }

        /** @throws org.medkg.extract.LexiconException when a vocabulary cannot be used */
        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
