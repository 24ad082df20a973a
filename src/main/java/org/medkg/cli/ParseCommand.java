package org.medkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.medkg.source.TextDecoder;
import org.medkg.wikitext.TreePrinter;
import org.medkg.wikitext.WikiDocument;
import org.medkg.wikitext.WikitextParser;

/** {@code medkg parse FILE|-}: prints the syntax tree, for debugging extraction. */
final class ParseCommand implements Command {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String synopsis() {
        return "FILE|-";
    }

    @Override
    public String summary() {
        return "print the wikitext syntax tree of one article";
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt("json").desc("print the tree as JSON").build());
    }

    @Override
    public int run(CommandLine line, Terminal t) throws Exception {
        List<String> args = line.getArgList();
        if (args.size() != 1) {
            throw new UsageException("parse takes one FILE, or - for standard input");
        }
        String input = args.get(0);
        byte[] bytes;
        try {
            bytes = input.equals("-") ? t.in().readAllBytes() : Files.readAllBytes(Path.of(input));
        } catch (NoSuchFileException e) {
            t.err().println(input + ": no such file");
            return ExitStatus.FAILED;
        } catch (IOException e) {
            t.err().println(input + ": cannot read: " + e.getMessage());
            return ExitStatus.FAILED;
        }
        String text = TextDecoder.decode(bytes, input, p -> t.err().println(p));
        WikiDocument doc = WikitextParser.parse(text);
        t.out().print(line.hasOption("json") ? TreePrinter.json(doc.nodes()) + "\n" : TreePrinter.outline(doc.nodes()));
        doc.warnings().forEach(w -> t.err().println(input + ":" + w));
        return ExitStatus.OK;
    }

}
