import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a large synthetic MediaWiki pages-articles dump (export schema 0.11) for benchmarks: the test
 * articles of medkg as the disease pages (about one page in 200), the rest non-disease pages made up from
 * paragraphs of our own, redirects, and pages of other namespaces. Run with {@code java DumpGen.java --help}.
 *
 * <p>A {@code .xml.bz2} output is written as Wikipedia's multistream dumps are (the header in a stream of
 * its own, then 100 pages per bzip2 stream, then the footer), with the index beside it
 * ({@code …-index.txt.bz2}, lines {@code offset:pageId:title}); it needs commons-compress on the class path
 * (see README.md). {@code .xml.gz} and {@code .xml} need nothing; {@code -} writes plain XML to stdout.
 */
public final class DumpGen {

    private static final String USAGE = """
            usage: java [-cp commons-compress.jar] DumpGen.java [options] --out FILE
              --out FILE          .xml, .xml.gz, .xml.bz2 (multistream + index), or - for stdout (plain XML)
              --mb N              size of the uncompressed XML in MB (default 100)
              --lang zh|en        the wiki's language (default zh): siteinfo, test articles, made-up text
              --disease-every N   about one disease page in N pages (default 200)
              --redirect-every N  about one redirect in N pages (default 12)
              --other-ns-every N  about one page of another namespace in N pages (default 8)
              --seed N            random seed (default 1): the same options give the same dump
              --articles DIR      a folder of .wiki test articles (repeatable; default: the medkg test
                                  articles and eval set, found from this file's folder)
              --threads N         bzip2 compression threads (default: processors)
              --no-index          no multistream index beside a .xml.bz2
            """;

    private final Random random;
    private final String lang;
    private final List<Article> diseases = new ArrayList<>();
    private final List<Article> others = new ArrayList<>();
    private final Map<String, Integer> titleUses = new HashMap<>();
    private final List<String> recentTitles = new ArrayList<>();
    private long pageId = 10;
    private long revisionId = 1_000_000;

    /** Counts, for the summary. */
    private long pages;
    private long articlePages;
    private long diseasePages;
    private long redirects;
    private long otherNamespaces;

    record Article(String title, String text, boolean disease) {
    }

    DumpGen(long seed, String lang) {
        this.random = new Random(seed);
        this.lang = lang;
    }

    public static void main(String[] args) throws Exception {
        String out = null;
        long mb = 100;
        String lang = "zh";
        int diseaseEvery = 200;
        int redirectEvery = 12;
        int otherEvery = 8;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean index = true;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = args[++i];
                case "--mb" -> mb = Long.parseLong(args[++i]);
                case "--lang" -> lang = args[++i];
                case "--disease-every" -> diseaseEvery = Integer.parseInt(args[++i]);
                case "--redirect-every" -> redirectEvery = Integer.parseInt(args[++i]);
                case "--other-ns-every" -> otherEvery = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--articles" -> folders.add(Path.of(args[++i]));
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--no-index" -> index = false;
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> {
                    System.err.println("unknown option " + a + "\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        if (out == null || !lang.equals("zh") && !lang.equals("en")) {
            System.err.print(USAGE);
            System.exit(2);
        }
        if (folders.isEmpty()) {
            Path repo = repoRoot();
            folders.add(repo.resolve("src/test/resources/articles"));
            folders.add(repo.resolve("src/test/resources/eval"));
        }
        DumpGen gen = new DumpGen(seed, lang);
        for (Path folder : folders) {
            gen.load(folder);
        }
        if (gen.diseases.isEmpty()) {
            System.err.println("no " + lang + " disease articles found in " + folders);
            System.exit(1);
        }
        long started = System.nanoTime();
        long limit = mb * 1_000_000L;
        Path index0 = null;
        long written;
        if (out.equals("-")) {
            OutputStream o = new BufferedOutputStream(System.out, 1 << 16);
            written = gen.writePlain(o, limit, diseaseEvery, redirectEvery, otherEvery);
            o.flush();
        } else if (out.endsWith(".bz2")) {
            Path file = Path.of(out);
            index0 = index ? indexPath(file) : null;
            written = gen.writeMultistream(file, index0, limit, diseaseEvery, redirectEvery, otherEvery, threads);
        } else {
            try (OutputStream o = out.endsWith(".gz")
                    ? new GZIPOutputStream(Files.newOutputStream(Path.of(out)), 1 << 16)
                    : new BufferedOutputStream(Files.newOutputStream(Path.of(out)), 1 << 16)) {
                written = gen.writePlain(o, limit, diseaseEvery, redirectEvery, otherEvery);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "%s: %.1f MB of XML, %d pages: %d in the article namespace (%d disease pages,"
                        + " %d redirects), %d in other namespaces; %.1f s%s%n", out, written / 1e6, gen.pages,
                gen.articlePages, gen.diseasePages, gen.redirects, gen.otherNamespaces, seconds,
                index0 != null ? "; index " + index0 : "");
    }

    /** The medkg repository: two folders up from this file (bench/dumpgen/), or the working folder. */
    private static Path repoRoot() {
        for (Path p : List.of(Path.of("."), Path.of(".."), Path.of("../.."))) {
            if (Files.isDirectory(p.resolve("src/test/resources/articles"))) {
                return p;
            }
        }
        return Path.of("../..");
    }

    /** The index beside a multistream dump, named as Wikipedia names it (and as medkg looks for it). */
    static Path indexPath(Path dump) {
        String name = dump.getFileName().toString();
        String base = name.endsWith(".xml.bz2") ? name.substring(0, name.length() - 8)
                : name.substring(0, name.length() - 4);
        return dump.resolveSibling(base + "-index.txt.bz2");
    }

    // ---- the articles -------------------------------------------------------------------------------------

    private void load(Path folder) throws IOException {
        Path dir = folder.resolve(lang);
        if (!Files.isDirectory(dir)) {
            dir = folder;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wiki")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f).replace("\r\n", "\n");
            if (!isLanguage(text)) {
                continue;
            }
            Path spec = f.resolveSibling(f.getFileName().toString().replace(".wiki", ".spec"));
            boolean disease = !Files.exists(spec) || !Files.readString(spec).contains("none||");
            Article a = new Article(titleOf(f, text), text, disease);
            (disease ? diseases : others).add(a);
        }
    }

    private boolean isLanguage(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return lang.equals("zh") == han > 50;
    }

    /** The bold name of the lead, else the file name. */
    private static String titleOf(Path file, String text) {
        int from = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("{{") || line.startsWith("|") || line.startsWith("}}") || line.isBlank()) {
                continue;
            }
            int b = line.indexOf("'''");
            if (b >= 0) {
                int e = line.indexOf("'''", b + 3);
                if (e > b + 3) {
                    String t = line.substring(b + 3, e).replaceAll("\\[\\[(?:[^|\\]]*\\|)?([^\\]]*)]]", "$1").strip();
                    if (!t.isEmpty() && t.length() < 80 && !t.contains("{") && !t.contains("<")) {
                        return t;
                    }
                }
            }
            from++;
            if (from > 60) {
                break;
            }
        }
        String n = file.getFileName().toString().replace(".wiki", "").replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** A title not used before: the same name again gets " (2)", " (3)", … as Wikipedia disambiguates. */
    private String unique(String title) {
        int n = titleUses.merge(title, 1, Integer::sum);
        return n == 1 ? title : title + " (" + n + ")";
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    /** One page's XML and what it is, for the index. */
    record Page(long id, String title, String xml) {
    }

    private Page nextPage(int diseaseEvery, int redirectEvery, int otherEvery) {
        pages++;
        if (random.nextInt(diseaseEvery) == 0) {
            Article a = diseases.get(random.nextInt(diseases.size()));
            String title = unique(a.title());
            remember(title);
            articlePages++;
            diseasePages++;
            return page(0, title, null, a.text() + fillerSections(random.nextInt(3)));
        }
        if (random.nextInt(redirectEvery) == 0 && !recentTitles.isEmpty()) {
            String target = recentTitles.get(random.nextInt(recentTitles.size()));
            String title = unique(variantOf(target));
            articlePages++;
            redirects++;
            String keyword = lang.equals("zh") && random.nextBoolean() ? "#重定向" : "#REDIRECT";
            return page(0, title, target, keyword + " [[" + target + "]]\n"
                    + (random.nextBoolean() ? "\n{{Redirect category shell|{{R from alternative name}}}}\n" : ""));
        }
        if (random.nextInt(otherEvery) == 0) {
            otherNamespaces++;
            String[] ns = {"Talk", "User", "Wikipedia", "Template", "Category", "File", "Help", "Portal"};
            int[] keys = {1, 2, 4, 10, 14, 6, 12, 100};
            int k = random.nextInt(ns.length);
            String title = unique(ns[k] + ":" + madeUpTitle());
            return page(keys[k], title, null, madeUpText(title.substring(title.indexOf(':') + 1), 300 + random.nextInt(3000)));
        }
        if (!others.isEmpty() && random.nextInt(400) == 0) {
            Article a = others.get(random.nextInt(others.size()));
            articlePages++;
            return page(0, unique(a.title()), null, a.text());
        }
        String title = unique(madeUpTitle());
        articlePages++;
        remember(title);
        return page(0, title, null, madeUpText(title, sampleSize()));
    }

    /** A title that later redirects and links may point to. */
    private void remember(String title) {
        if (recentTitles.size() < 500) {
            recentTitles.add(title);
        } else {
            recentTitles.set(random.nextInt(recentTitles.size()), title);
        }
    }

    /** Page sizes: mostly short, some long, a few very long. */
    private int sampleSize() {
        int r = random.nextInt(100);
        int chars;
        if (r < 60) {
            chars = 300 + random.nextInt(2200);
        } else if (r < 90) {
            chars = 2500 + random.nextInt(7500);
        } else if (r < 99) {
            chars = 10_000 + random.nextInt(30_000);
        } else {
            chars = 40_000 + random.nextInt(110_000);
        }
        return lang.equals("zh") ? chars / 2 : chars; // a Han character is three bytes
    }

    private Page page(int ns, String title, String redirect, String text) {
        long id = pageId;
        pageId += 1 + random.nextInt(3);
        long rev = revisionId;
        revisionId += 1 + random.nextInt(50);
        String ts = String.format(Locale.ROOT, "20%02d-%02d-%02dT%02d:%02d:%02dZ", 10 + random.nextInt(15),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                random.nextInt(60));
        StringBuilder x = new StringBuilder(text.length() + 600);
        x.append("  <page>\n    <title>").append(escape(title)).append("</title>\n    <ns>").append(ns)
                .append("</ns>\n    <id>").append(id).append("</id>\n");
        if (redirect != null) {
            x.append("    <redirect title=\"").append(escape(redirect)).append("\" />\n");
        }
        x.append("    <revision>\n      <id>").append(rev).append("</id>\n      <parentid>").append(rev - 1)
                .append("</parentid>\n      <timestamp>").append(ts).append("</timestamp>\n")
                .append("      <contributor>\n        <username>Editor").append(random.nextInt(5000))
                .append("</username>\n        <id>").append(random.nextInt(9_000_000)).append("</id>\n")
                .append("      </contributor>\n");
        if (random.nextInt(3) == 0) {
            x.append("      <minor />\n");
        }
        x.append("      <comment>").append(escape(COMMENTS[random.nextInt(COMMENTS.length)])).append("</comment>\n")
                .append("      <origin>").append(rev).append("</origin>\n")
                .append("      <model>wikitext</model>\n      <format>text/x-wiki</format>\n")
                .append("      <text bytes=\"").append(text.getBytes(StandardCharsets.UTF_8).length)
                .append("\" sha1=\"").append(Long.toString(Math.abs(random.nextLong()), 36))
                .append("\" xml:space=\"preserve\">").append(escape(text)).append("</text>\n")
                .append("      <sha1>").append(Long.toString(Math.abs(random.nextLong()), 36)).append("</sha1>\n")
                .append("    </revision>\n  </page>\n");
        return new Page(id, title, x.toString());
    }

    private static final String[] COMMENTS = {"copyedit", "/* History */ expand", "rv vandalism", "typo",
            "add ref", "+cat", "update population", "link fix", "cleanup", "formatting"};

    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 64).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    // ---- made-up text -------------------------------------------------------------------------------------

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private String madeUpTitle() {
        if (lang.equals("zh")) {
            String t = pick(ZH_PLACE_A) + pick(ZH_PLACE_B) + pick(ZH_KIND);
            return random.nextInt(4) == 0 ? t + "（" + pick(ZH_QUALIFIER) + "）" : t;
        }
        String t = switch (random.nextInt(4)) {
            case 0 -> pick(EN_NAME_A) + pick(EN_NAME_B);
            case 1 -> pick(EN_ADJ) + " " + pick(EN_NOUN);
            case 2 -> pick(EN_GIVEN) + " " + pick(EN_NAME_A) + pick(EN_NAME_B).toLowerCase(Locale.ROOT);
            default -> "The " + pick(EN_ADJ) + " " + pick(EN_NOUN);
        };
        return random.nextInt(4) == 0 ? t + " (" + pick(EN_QUALIFIER) + ")" : t;
    }

    private String variantOf(String target) {
        if (lang.equals("zh")) {
            return random.nextBoolean() ? target + "市" : "舊" + target;
        }
        return random.nextBoolean() ? target.toLowerCase(Locale.ROOT) : target.replace(' ', '-') + " (alt)";
    }

    private String madeUpText(String title, int size) {
        boolean zh = lang.equals("zh");
        String[] paras = zh ? ZH_PARAGRAPHS : EN_PARAGRAPHS;
        String[] heads = zh ? ZH_HEADINGS : EN_HEADINGS;
        StringBuilder t = new StringBuilder(size + 2000);
        if (random.nextInt(3) == 0) {
            t.append(zh ? "{{noteTA|G1=Geography}}\n" : "{{Short description|" + pick(EN_SHORT) + "}}\n");
        }
        if (random.nextInt(3) == 0) {
            t.append(infobox(title, zh));
        }
        String lead = fill(paras[random.nextInt(2) == 0 ? 0 : random.nextInt(paras.length)], title);
        if (!lead.startsWith(" ") && !lead.startsWith("是")) {
            lead = (zh ? "是一個條目。" : " is the subject of this article. ") + lead;
        }
        t.append(").append(title).append(").append(lead).append(ref(zh)).append("\n\n");
        int refs = 1;
        while (t.length() < size) {
            t.append("== ").append(pick(heads)).append(" ==\n");
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                t.append(fill(pick(paras), title));
                if (random.nextInt(3) == 0) {
                    t.append(ref(zh));
                    refs++;
                }
                t.append("\n\n");
            }
            if (random.nextInt(6) == 0) {
                t.append("{| class=\"wikitable\"\n! ").append(zh ? "年份 !! 人口" : "Year !! Value").append('\n');
                for (int i = 0; i < 3 + random.nextInt(6); i++) {
                    t.append("|-\n| ").append(1950 + 10 * i).append(" || ").append(1000 + random.nextInt(90000))
                            .append('\n');
                }
                t.append("|}\n\n");
            }
        }
        if (refs > 0) {
            t.append(zh ? "== 參考資料 ==\n{{Reflist}}\n\n" : "== References ==\n{{Reflist}}\n\n");
        }
        if (random.nextBoolean()) {
            t.append(zh ? "== 外部連結 ==\n" : "== External links ==\n").append("* [https://example.org/")
                    .append(Math.abs(title.hashCode())).append(' ').append(zh ? "官方網站" : "Official website")
                    .append("]\n\n");
        }
        int cats = 1 + random.nextInt(4);
        for (int i = 0; i < cats; i++) {
            t.append(zh ? "[[Category:" : "[[Category:").append(pick(zh ? ZH_CATEGORIES : EN_CATEGORIES)).append("]]\n");
        }
        return t.toString();
    }

    /** Some words at random, so that the text compresses about as well as real articles do. */
    private String randomSentence() {
        StringBuilder b = new StringBuilder();
        if (lang.equals("zh")) {
            int n = 8 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(ZH_CHARS.charAt(random.nextInt(ZH_CHARS.length())));
            }
            return b.append(random.nextInt(5) == 0 ? "，共" + random.nextInt(10_000) + "人。" : "。").toString();
        }
        int n = 6 + random.nextInt(18);
        for (int i = 0; i < n; i++) {
            String w = EN_WORDS[random.nextInt(EN_WORDS.length)];
            b.append(i == 0 ? " " + Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
            if (random.nextInt(12) == 0) {
                b.append(random.nextBoolean() ? " " + random.nextInt(100_000) : ",");
            }
        }
        return b.append('.').toString();
    }

    private String fill(String paragraph, String title) {
        int extra = random.nextInt(4);
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < extra; i++) {
            more.append(randomSentence());
        }
        return paragraph.replace("$T", title).replace("$N", Integer.toString(1800 + random.nextInt(220)))
                .replace("$K", Integer.toString(2 + random.nextInt(400)))
                .replace("$L", recentTitles.isEmpty() ? title : recentTitles.get(random.nextInt(recentTitles.size())))
                + more;
    }

    private String ref(boolean zh) {
        int r = random.nextInt(4);
        if (r == 0) {
            return "<ref>{{cite web |url=https://example.org/" + random.nextInt(1_000_000) + " |title="
                    + (zh ? "地方志" : "Local records") + " |access-date=2021-0" + (1 + random.nextInt(9)) + "-1"
                    + random.nextInt(10) + "}}</ref>";
        }
        if (r == 1) {
            return "<ref name=\"r" + random.nextInt(20) + "\" />";
        }
        if (r == 2) {
            return "<ref>{{cite book |last=" + pick(EN_NAME_A) + " |first=" + pick(EN_GIVEN) + " |title="
                    + (zh ? "區域史綱" : "A Regional History") + " |year=" + (1950 + random.nextInt(70))
                    + " |isbn=978-0-00-" + (100000 + random.nextInt(899999)) + "-0}}</ref>";
        }
        return "<ref>{{cite news |title=" + (zh ? "地方新聞" : "Local news") + " |date=" + (1990 + random.nextInt(30))
                + "}}</ref>";
    }

    private String infobox(String title, boolean zh) {
        return switch (random.nextInt(3)) {
            case 0 -> "{{Infobox settlement\n| name = " + title + "\n| settlement_type = "
                    + (zh ? "鎮" : "Town") + "\n| population_total = " + (500 + random.nextInt(200000))
                    + "\n| coordinates = {{coord|" + random.nextInt(80) + "|" + random.nextInt(60) + "|N|"
                    + random.nextInt(170) + "|" + random.nextInt(60) + "|E|display=inline,title}}\n}}\n";
            case 1 -> "{{Infobox river\n| name = " + title + "\n| length = " + (10 + random.nextInt(900))
                    + " km\n| source1_location = " + pick(zh ? ZH_PLACE_A : EN_NAME_A) + "\n}}\n";
            default -> "{{Infobox building\n| name = " + title + "\n| completion_date = " + (1800 + random.nextInt(220))
                    + "\n| architect = " + pick(EN_GIVEN) + " " + pick(EN_NAME_A) + pick(EN_NAME_B).toLowerCase(Locale.ROOT)
                    + "\n}}\n";
        };
    }

    private String fillerSections(int n) {
        boolean zh = lang.equals("zh");
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < n; i++) {
            t.append("\n== ").append(zh ? "社會與文化" : "Society and culture").append(" ==\n")
                    .append(fill(pick(zh ? ZH_PARAGRAPHS : EN_PARAGRAPHS), zh ? "此病" : "the condition"))
                    .append('\n');
        }
        return t.toString();
    }

    // ---- writing --------------------------------------------------------------------------------------------

    private String header() {
        String db = lang + "wiki";
        String base = "https://" + lang + ".wikipedia.org/wiki/" + (lang.equals("zh") ? "Wikipedia:%E9%A6%96%E9%A1%B5"
                : "Main_Page");
        StringBuilder h = new StringBuilder();
        h.append("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:schemaLocation=\"http://www.mediawiki.org/xml/export-0.11/ ")
                .append("http://www.mediawiki.org/xml/export-0.11.xsd\" version=\"0.11\" xml:lang=\"").append(lang)
                .append("\">\n  <siteinfo>\n    <sitename>Wikipedia</sitename>\n    <dbname>").append(db)
                .append("</dbname>\n    <base>").append(base).append("</base>\n")
                .append("    <generator>MediaWiki 1.44.0-wmf.1 (medkg DumpGen)</generator>\n")
                .append("    <case>first-letter</case>\n    <namespaces>\n");
        String[][] ns = {{"-2", "Media"}, {"-1", "Special"}, {"0", ""}, {"1", "Talk"}, {"2", "User"},
                {"3", "User talk"}, {"4", "Wikipedia"}, {"5", "Wikipedia talk"}, {"6", "File"}, {"10", "Template"},
                {"12", "Help"}, {"14", "Category"}, {"100", "Portal"}};
        for (String[] n : ns) {
            h.append("      <namespace key=\"").append(n[0]).append("\" case=\"first-letter\"")
                    .append(n[1].isEmpty() ? " />\n" : ">" + n[1] + "</namespace>\n");
        }
        h.append("    </namespaces>\n  </siteinfo>\n");
        return h.toString();
    }

    private long writePlain(OutputStream out, long limit, int de, int re, int oe) throws IOException {
        long written = 0;
        byte[] head = header().getBytes(StandardCharsets.UTF_8);
        out.write(head);
        written += head.length;
        while (written < limit) {
            byte[] b = nextPage(de, re, oe).xml().getBytes(StandardCharsets.UTF_8);
            out.write(b);
            written += b.length;
        }
        byte[] foot = "</mediawiki>\n".getBytes(StandardCharsets.UTF_8);
        out.write(foot);
        return written + foot.length;
    }

    /** A batch of pages compressed into one bzip2 stream, with its index lines (offset filled in on writing). */
    record Stream100(byte[] bz2, List<Page> pages) {
    }

    private long writeMultistream(Path file, Path index, long limit, int de, int re, int oe, int threads)
            throws IOException, InterruptedException, ExecutionException, ReflectiveOperationException {
        Constructor<?> bzip2 = bzip2Constructor();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        ArrayDeque<Future<Stream100>> window = new ArrayDeque<>();
        long written = 0;
        long offset = 0;
        StringBuilder indexText = new StringBuilder();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             OutputStream idx = index == null ? OutputStream.nullOutputStream()
                     : (OutputStream) bzip2.newInstance(new BufferedOutputStream(Files.newOutputStream(index), 1 << 16))) {
            byte[] head = header().getBytes(StandardCharsets.UTF_8);
            written += head.length;
            byte[] h = compress(bzip2, head);
            out.write(h);
            offset += h.length;
            boolean more = true;
            while (more || !window.isEmpty()) {
                while (more && window.size() < 2 * Math.max(1, threads)) {
                    List<Page> batch = new ArrayList<>(100);
                    StringBuilder xml = new StringBuilder(1 << 20);
                    while (batch.size() < 100 && written < limit) {
                        Page p = nextPage(de, re, oe);
                        batch.add(p);
                        xml.append(p.xml());
                        written += p.xml().getBytes(StandardCharsets.UTF_8).length;
                    }
                    more = written < limit;
                    if (batch.isEmpty()) {
                        break;
                    }
                    byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
                    window.add(pool.submit(() -> new Stream100(compress(bzip2, bytes), batch)));
                }
                Future<Stream100> f = window.poll();
                if (f == null) {
                    break;
                }
                Stream100 s = f.get();
                for (Page p : s.pages()) {
                    indexText.append(offset).append(':').append(p.id()).append(':').append(p.title()).append('\n');
                }
                idx.write(indexText.toString().getBytes(StandardCharsets.UTF_8));
                indexText.setLength(0);
                out.write(s.bz2());
                offset += s.bz2().length;
            }
            byte[] foot = "</mediawiki>\n".getBytes(StandardCharsets.UTF_8);
            out.write(compress(bzip2, foot));
            written += foot.length;
        } finally {
            pool.shutdownNow();
        }
        return written;
    }

    private static Constructor<?> bzip2Constructor() {
        try {
            return Class.forName("org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream")
                    .getConstructor(OutputStream.class);
        } catch (ReflectiveOperationException e) {
            System.err.println("a .bz2 output needs commons-compress on the class path:\n"
                    + "  java -cp ~/.m2/repository/org/apache/commons/commons-compress/1.28.0/commons-compress-1.28.0.jar"
                    + " DumpGen.java …\n(or see README.md), or write .xml and compress it yourself");
            System.exit(1);
            return null;
        }
    }

    private static byte[] compress(Constructor<?> bzip2, byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(data.length / 4 + 64);
        try (OutputStream o = (OutputStream) bzip2.newInstance(b)) {
            o.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }

    // ---- word and paragraph pools (our own text) ------------------------------------------------------------

    private static final String[] EN_NAME_A = {"Ash", "Birch", "Cold", "Deep", "East", "Fair", "Green", "High",
            "Iron", "Kings", "Long", "Mill", "North", "Oak", "Pine", "Red", "Salt", "Stone", "West", "Wolf"};
    private static final String[] EN_NAME_B = {"ford", "field", "bridge", "brook", "haven", "wick", "ton", "dale",
            "moor", "port", "stead", "water", "wood", "hill", "mere", "gate"};
    private static final String[] EN_GIVEN = {"Ada", "Bram", "Clara", "Dmitri", "Elena", "Farid", "Grace", "Hugo",
            "Ines", "Jonas", "Kaito", "Lena", "Marek", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas"};
    private static final String[] EN_ADJ = {"Silver", "Quiet", "Broken", "Northern", "Hidden", "Golden", "Last",
            "Painted", "Distant", "Winter", "Open", "Lost", "Bright", "Hollow"};
    private static final String[] EN_NOUN = {"Harbour", "Orchard", "Lantern", "Railway", "Chronicle", "Valley",
            "Observatory", "Bridge", "Festival", "Assembly", "Library", "Canal", "Theatre", "Compass"};
    private static final String[] EN_QUALIFIER = {"album", "novel", "village", "river", "band", "software",
            "ship", "film", "building", "journal"};
    private static final String[] EN_SHORT = {"Town in a fictional county", "Studio album", "River in the north",
            "Open-source software library", "Historic building", "Regional newspaper"};
    private static final String[] EN_HEADINGS = {"History", "Geography", "Economy", "Culture", "Transport",
            "Education", "Reception", "Background", "Design", "Legacy", "Demographics", "Notable people",
            "Architecture", "Track listing", "Development"};
    private static final String[] EN_CATEGORIES = {"Populated places established in the 1800s", "Rivers of the north",
            "Studio albums", "Buildings and structures completed in 1902", "Free software", "Fictional towns",
            "Railway stations opened in 1887", "Local newspapers", "Novels set on islands", "Bridges over canals"};
    private static final String[] EN_PARAGRAPHS = {
        " is a small market town on the bank of a slow river, known for its covered bridge and a weekly fair that"
            + " has been held since $N. Most of its [[wikt:resident|residents]] work in farming or in the "
            + "[[$L]] quarry.",
        "The settlement grew around a ford used by drovers. In $N a stone bridge replaced the ford, and a railway"
            + " halt followed a generation later, linking the town to [[$L]].",
        "The album was recorded over $K days in a converted chapel. Critics praised its sparse arrangements, and"
            + " the second single reached the top forty in several countries.",
        "The river rises on a peat moor at about $K metres above sea level and flows east through a wooded gorge"
            + " before joining the [[$L]] near an old mill.",
        "Construction began in $N to a design that mixed local sandstone with a cast-iron frame. The building "
            + "served as a corn exchange, a cinema and, later, a public library.",
        "The library is written in a portable subset of the language and has no dependencies beyond the standard"
            + " runtime. Version $K added streaming input and a command-line tool.",
        "Local tradition holds that the name comes from an old word for a clearing. A charter of $N records a "
            + "market, a chapel and $K households.",
        "During the nineteenth century the population rose sharply with the opening of a textile works, then fell"
            + " again when the works closed; today about $K people live in the parish.",
        "The festival takes place every summer on the common. It features brass bands, a ploughing match and a "
            + "procession that ends at the [[$L]] green.",
        "The newspaper was founded in $N by a printer and a schoolteacher. It appeared weekly until $K issues "
            + "had been printed, and then daily.",
        "The climate is mild and damp, with most rain falling in autumn. Frost is rare near the coast but common"
            + " on the higher ground around [[$L]].",
        "The school was opened in $N with a single classroom. It now teaches about $K pupils and shares a playing"
            + " field with the neighbouring village.",
        "The canal was cut to carry coal and lime. After the railway arrived its traffic dwindled, and a trust "
            + "restored the towpath for walkers in the 1990s.",
        "The novel follows a lighthouse keeper's daughter through one long winter. It was adapted for radio and "
            + "translated into $K languages.",
        "The station has two platforms joined by a footbridge. Trains run hourly to [[$L]], with extra services "
            + "on market days.",
        "The observatory's main instrument is a refracting telescope bought second-hand in $N. Volunteers open it"
            + " to the public on clear Friday evenings.",
        "Excavations in the 1960s found the foundations of a Roman farmstead, a hoard of $K coins and the outline"
            + " of a medieval tithe barn.",
        "The ship was launched in $N as a coastal steamer and later converted to a training vessel. She was "
            + "broken up after a collision in fog.",
        "Its economy rests on tourism, dairy farming and a small software firm that employs $K people in a former"
            + " wool warehouse.",
        "The bridge has five arches of unequal span, a sign that it was widened at least twice. A toll house "
            + "stands at its western end.",
    };

    private static final String[] EN_WORDS = ("the of and a to in is was for on that by with as at from its an "
            + "which were are this be or has had after first new two his their also other into more one would "
            + "county river village town station school church bridge mill market road railway valley hill lake "
            + "north south east west old upper lower great little council district parish population century "
            + "built opened closed moved rebuilt extended served known named became remained began several many "
            + "during between under until since about around near along across local regional national public "
            + "album song band record tour single studio release critics chart version track label singer "
            + "software library program release feature support user data file system network open source "
            + "novel author story chapter edition publisher reader series character plot translation award "
            + "team season league match club player coach goal stadium final cup championship record").split(" ");
    private static final String ZH_CHARS = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動"
            + "同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體"
            + "制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看"
            + "原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文"
            + "總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先"
            + "回則任取據處府研質信鎮河橋站縣鄉村港灣湖林寺廟街市場車路港口島嶼";

    private static final String[] ZH_PLACE_A = {"青", "白", "東", "西", "南", "北", "長", "石", "金", "清", "雲",
            "松", "梅", "永", "平", "安", "新", "古", "龍", "鳳"};
    private static final String[] ZH_PLACE_B = {"河", "山", "橋", "溪", "林", "湖", "田", "嶺", "港", "川", "州",
            "原", "泉", "洲", "灣", "坡"};
    private static final String[] ZH_KIND = {"鎮", "村", "站", "大橋", "水庫", "公園", "中學", "書院", "古城", "老街",
            "專輯", "號", "寺", "圖書館", "博物館"};
    private static final String[] ZH_QUALIFIER = {"小說", "電影", "專輯", "河流", "車站", "軟體", "雜誌", "建築"};
    private static final String[] ZH_HEADINGS = {"歷史", "地理", "經濟", "文化", "交通", "教育", "人口", "建築",
            "評價", "背景", "名人", "氣候", "發展"};
    private static final String[] ZH_CATEGORIES = {"虛構城鎮", "河流", "音樂專輯", "歷史建築", "自由軟體",
            "鐵路車站", "地方報紙", "小說", "橋樑", "博物館"};
    private static final String[] ZH_PARAGRAPHS = {
        "是一座位於河谷中的小鎮，以一座木造廊橋和每週一次的市集聞名，市集自$N年起從未中斷。居民多以務農或在[[$L]]的石場工作為生。",
        "聚落最早形成於一處渡口旁。$N年，一座石橋取代了渡口，其後又設立了鐵路招呼站，使小鎮與[[$L]]相連。",
        "這張專輯在一座改建的禮拜堂中錄製，前後歷時$K天。樂評稱讚其編曲簡潔，第二首單曲在多個地區進入排行榜前四十名。",
        "河流發源於海拔約$K米的泥炭高地，向東流經一段林木茂密的峽谷，在一座舊磨坊附近匯入[[$L]]。",
        "建築於$N年動工，以本地砂岩搭配鑄鐵框架建成，先後作為糧食交易所、戲院，後來改為公共圖書館。",
        "該函式庫以語言的可攜子集寫成，除標準執行環境外不依賴其他元件。第$K版加入了串流輸入和命令列工具。",
        "據當地傳說，地名源自古語中「林間空地」一詞。$N年的一份文書記載當地有一處市集、一座小廟和$K戶人家。",
        "十九世紀時，隨著紡織廠開設，人口迅速增加；工廠關閉後人口又回落，如今約有$K人居住。",
        "每年夏季在草地上舉行的節慶包括鼓樂隊表演、犁田比賽，以及一支最終抵達[[$L]]廣場的遊行隊伍。",
        "報紙由一位印刷工人與一位教師於$N年創辦，起初每週出版一次，累計出版$K期後改為日報。",
        "當地氣候溫和濕潤，降雨多集中於秋季。沿海地區罕見霜凍，但在[[$L]]一帶的高地則較常見。",
        "學校於$N年開辦，最初只有一間教室，如今約有$K名學生，並與鄰村共用一座運動場。",
        "運河開鑿之初是為了運送煤炭與石灰。鐵路通車後運量逐漸減少，一個信託基金會在1990年代修復了縴道，供人散步。",
        "小說講述一位燈塔看守人的女兒度過漫長冬季的故事，曾被改編為廣播劇，並譯成$K種語言。",
        "車站設有兩座月台，以一座人行天橋相連。每小時有一班列車開往[[$L]]，市集日另有加班車。",
        "天文台的主要儀器是一座於$N年購入的二手折射望遠鏡。晴朗的週五晚上，志工會開放給公眾參觀。",
        "1960年代的發掘發現了一座古代農莊的地基、一批共$K枚的錢幣窖藏，以及一座中世紀穀倉的輪廓。",
        "該船於$N年下水，原為沿海客輪，後改作訓練船，在一次霧中碰撞後被拆解。",
        "當地經濟以觀光、乳牛養殖和一家小型軟體公司為主，該公司在一座舊羊毛倉庫中僱用了$K名員工。",
        "橋有五個跨度不一的拱，顯示它至少經過兩次加寬。橋的西端保留著一座舊收費亭。",
    };
}
