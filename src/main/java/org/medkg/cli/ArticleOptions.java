package org.medkg.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.medkg.extract.ProblemHandler;
import org.medkg.extract.Vocabularies;
import org.medkg.pipeline.Pipeline;
import org.medkg.rdf.IriScheme;

/**
 * The options that say how articles are read ({@code --lang}, {@code --title}, {@code --base},
 * {@code --lexicons}), shared by extract and load. A vocabulary that cannot be used stops the command before
 * any article is read, naming the file and line.
 */
final class ArticleOptions {

    private ArticleOptions() {
    }

    static Options addTo(Options options) {
        return options
                .addOption(Option.builder().longOpt("lang").hasArg().argName("zh|en")
                        .desc("the articles' language (default: guessed from the script)").build())
                .addOption(Option.builder().longOpt("title").hasArg().argName("T")
                        .desc("the article's Wikipedia title (names its page and graph)").build())
                .addOption(Option.builder().longOpt("base").hasArg().argName("IRI")
                        .desc("base of minted IRIs (default " + IriScheme.DEFAULT_BASE + ")").build())
                .addOption(Option.builder().longOpt("lexicons").hasArg().argName("DIR")
                        .desc("read the gene and drug vocabularies from DIR instead of the bundled ones (files"
                                + " named and formatted as in lexicons/README.md)").build());
    }

    /** The base IRI given, checked and normalised (it ends with '/' or '#'). */
    static String base(CommandLine line) throws UsageException {
        String base = line.getOptionValue("base", IriScheme.DEFAULT_BASE);
        try {
            return new IriScheme(base).base();
        } catch (RuntimeException e) {
            throw new UsageException("--base is not an absolute IRI: " + base);
        }
    }

    /** A pipeline set up from the options, reporting problems on the terminal's stderr. */
    static Pipeline.Builder pipeline(CommandLine line, Terminal t) throws UsageException {
        String lang = line.getOptionValue("lang");
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw new UsageException("--lang must be zh or en");
        }
        Pipeline.Builder b = Pipeline.builder().base(base(line)).language(lang).title(line.getOptionValue("title"))
                .problems(ProblemHandler.to(p -> t.err().println(p)));
        String lexicons = line.getOptionValue("lexicons");
        return lexicons == null ? b : b.vocabularies(Vocabularies.from(Path.of(lexicons)));
    }
}
