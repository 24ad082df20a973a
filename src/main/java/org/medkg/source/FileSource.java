package org.medkg.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders (recursively: every {@code .wiki}, {@code .wikitext}, {@code .mediawiki}
 * and {@code .txt} file, in name order) and standard input ({@code -}), one article per file; and from
 * MediaWiki XML dumps, one article per page (see {@link DumpSource}): a file named {@code .xml}, {@code .bz2}
 * or {@code .gz} (in a folder: {@code .xml}, {@code .xml.bz2}, {@code .xml.gz}), or standard input whose
 * first bytes are bzip2, gzip or XML ({@code <?xml}, {@code <mediawiki}, {@code <!DOCTYPE}).
 */
public final class FileSource {
    private static final List<String> EXTENSIONS = List.of(".wiki", ".wikitext", ".mediawiki", ".txt");

    private final List<String> inputs;
    private final InputStream stdin;
    private final DumpSource dumps = new DumpSource();
    private DumpSource.Stats dumpStats = DumpSource.NONE;

    public FileSource(List<String> inputs, InputStream stdin) {
        this.inputs = List.copyOf(inputs);
        this.stdin = stdin;
    }

    /** Hands each article to {@code sink}; unreadable inputs go to {@code problems} and are skipped. */
    public void read(Consumer<Article> sink, Consumer<InputProblem> problems) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(sink, problems);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (Path file : listFolder(path, problems)) {
                    read(file, sink, problems);
                }
            } else if (Files.isRegularFile(path)) {
                read(path, sink, problems);
            } else {
                problems.accept(new InputProblem(input, 0, 0, "no such file or folder"));
            }
        }
    }

    /** The counts of the dumps read so far (pages, redirects, other namespaces skipped, broken pages). */
    public DumpSource.Stats dumpStats() {
        return dumpStats;
    }

    private void read(Path file, Consumer<Article> sink, Consumer<InputProblem> problems) {
        if (DumpSource.isDumpName(file.getFileName().toString())) {
            dumpStats = dumpStats.plus(dumps.read(file, sink, problems));
        } else {
            readFile(file, sink, problems);
        }
    }

    private void readStdin(Consumer<Article> sink, Consumer<InputProblem> problems) {
        try {
            BufferedInputStream in = DumpStreams.buffered(stdin);
            if (DumpStreams.sniff(in) != DumpStreams.Content.OTHER) {
                dumpStats = dumpStats.plus(dumps.read(in, "stdin", sink, problems));
                return;
            }
            byte[] bytes = in.readAllBytes();
            sink.accept(new Article("stdin", TextDecoder.decode(bytes, "stdin", problems), null, null, null, null,
                    null, null));
        } catch (IOException e) {
            problems.accept(new InputProblem("stdin", 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static void readFile(Path file, Consumer<Article> sink, Consumer<InputProblem> problems) {
        String name = file.toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            sink.accept(new Article(name, TextDecoder.decode(bytes, name, problems), null, null, null, null, null,
                    file.toAbsolutePath().normalize().toUri().toString()));
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static List<Path> listFolder(Path folder, Consumer<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> isWikitext(p)
                    || DumpStreams.isDumpInFolder(p.getFileName().toString())).sorted().forEach(files::add);
        } catch (IOException | RuntimeException e) {
            problems.accept(new InputProblem(folder.toString(), 0, 0, "cannot list: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isWikitext(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
