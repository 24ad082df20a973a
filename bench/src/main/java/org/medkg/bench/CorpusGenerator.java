package org.medkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus of article-like MediaWiki wikitext about diseases, in Chinese and English,
 * for the parser benchmark. Everything is made up here from small word lists and templates of markup:
 * no text is copied from Wikipedia. The output depends only on the seed and the target size (same seed,
 * same size → same bytes, on any JVM: {@link Random} is specified exactly).
 *
 * <p>Each article is preceded by a header line made of the record separator U+001E and the title
 * (see {@link Corpus}); the articles themselves never contain U+001E.
 *
 * <p>Markup exercised: infoboxes with nested templates and {@code <br />}, {@code <ref>}s with
 * {@code {{cite journal}}}/{@code {{cite web}}}, named and self-closing refs, wiki links (piped, with
 * trailing letters, files with captions holding links), categories and interlanguage links, wikitables
 * (captions, header cells, attributes, {@code ||} cells, nested tables), bulleted/numbered/definition lists,
 * headings of levels 2–4, comments, language-variant markup {@code -{zh-hans:…;zh-hant:…}-}, bold/italic,
 * external links and bare URLs, entities, {@code <math>}, {@code <nowiki>}, {@code <sup>}, parser
 * functions, magic words, template arguments, navboxes, and a share of malformed bits (unclosed braces,
 * brackets, refs and tables, stray closers, broken quotes, unterminated tags).
 *
 * <pre>
 * java -cp benchmarks.jar org.medkg.bench.CorpusGenerator [--out FILE] [--seed N] [--bytes N]
 * </pre>
 */
public final class CorpusGenerator {

    /** Default seed of the benchmark corpus. */
    public static final long DEFAULT_SEED = 20240611L;
    /** Default target size in UTF-8 bytes (the corpus ends with the first article past it). */
    public static final long DEFAULT_BYTES = 12_000_000L;

    private final Random r;
    private StringBuilder b;
    private boolean zh;
    private String title;
    private int refCounter;
    private final List<String> refNames = new ArrayList<>();

    public CorpusGenerator(long seed) {
        this.r = new Random(seed);
    }

    /** One generated article. */
    public record Article(String title, String text) {
    }

    /** Articles until their total UTF-8 size (text only, without headers) reaches {@code targetBytes}. */
    public static List<Article> generate(long seed, long targetBytes) {
        CorpusGenerator g = new CorpusGenerator(seed);
        List<Article> out = new ArrayList<>();
        long bytes = 0;
        int n = 0;
        while (bytes < targetBytes) {
            Article a = g.article(n++);
            out.add(a);
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("corpus.wiki");
        long seed = DEFAULT_SEED;
        long bytes = DEFAULT_BYTES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--bytes" -> bytes = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: CorpusGenerator [--out FILE] [--seed N] [--bytes N]");
                    System.exit(2);
                }
            }
        }
        List<Article> articles = generate(seed, bytes);
        Corpus.write(out, articles);
        Corpus c = Corpus.read(out);
        System.out.printf("wrote %s: seed %d, %s%n", out, seed, c.describe());
    }

    // ------------------------------------------------------------------------------------------ article

    Article article(int index) {
        b = new StringBuilder(16384);
        zh = r.nextInt(100) < 55;
        refCounter = 0;
        refNames.clear();
        title = diseaseName() + (r.nextInt(8) == 0 ? (zh ? "（" + pick(ZH_QUALIFIERS) + "）" : " (" + pick(EN_QUALIFIERS) + ")") : "");
        if (r.nextInt(5) == 0) {
            b.append(zh ? "{{NoteTA\n|G1=Medicine\n|1=zh-hans:" + pick(ZH_TERMS) + ";zh-hant:" + pick(ZH_TERMS) + ";\n}}\n" : "{{Short description|" + sentenceFragmentEn() + "}}\n");
        }
        if (r.nextInt(3) == 0) {
            b.append(zh ? "{{medical}}\n" : "{{Use dmy dates|date=" + month() + " " + (2005 + r.nextInt(20)) + "}}\n");
        }
        if (r.nextInt(6) == 0) {
            comment();
            b.append('\n');
        }
        infobox();
        lead();
        // Length of articles varies a lot, as on Wikipedia: a few stubs, many mid-size, some long ones.
        int sections = r.nextInt(10) == 0 ? 1 + r.nextInt(2) : 3 + (int) Math.min(30, Math.abs(r.nextGaussian() * 7));
        for (int s = 0; s < sections; s++) {
            section(2);
        }
        seeAlso();
        references();
        externalLinks();
        footer();
        if (r.nextInt(25) == 0) {
            malformedTail();
        }
        String text = b.toString();
        b = null;
        return new Article(title + " #" + index, text);
    }

    // ------------------------------------------------------------------------------------------ infobox

    private void infobox() {
        if (r.nextInt(10) == 0) {
            return;
        }
        String pad = r.nextBoolean() ? " " : "";
        b.append("{{Infobox ").append(r.nextInt(4) == 0 ? "medical condition (new)" : "disease").append('\n');
        field("Name", pad, () -> b.append(title));
        if (r.nextInt(3) > 0) {
            field("Image", pad, () -> b.append(fileName()));
            field("Caption", pad, () -> inline(1 + r.nextInt(2)));
        }
        if (r.nextInt(2) == 0) {
            field("Pronounce", pad, () -> b.append("{{IPAc-en|").append(ipa()).append("}}"));
        }
        field("Field", pad, () -> link(pick(zh ? ZH_SPECIALTIES : EN_SPECIALTIES)));
        if (r.nextBoolean()) {
            field("Symptoms", pad, () -> listInline(pick(zh ? ZH_SYMPTOMS : EN_SYMPTOMS), 2 + r.nextInt(4)));
        }
        if (r.nextBoolean()) {
            field("Onset", pad, () -> b.append(zh ? "通常在" + (1 + r.nextInt(60)) + "歲前" : "Usually before age " + (1 + r.nextInt(60))));
        }
        if (r.nextBoolean()) {
            field("Causes", pad, () -> {
                b.append(zh ? "[[基因突變]]" : "[[Mutation|Genetic mutation]]");
                maybeRef();
            });
        }
        field("DiseasesDB", pad, () -> b.append(r.nextInt(40000)));
        if (r.nextBoolean()) {
            field("DiseasesDB_mult", pad, () -> b.append("{{DiseasesDB2|").append(r.nextInt(40000)).append("}}"));
        }
        field("ICD10", pad, () -> {
            icd10();
            if (r.nextBoolean()) {
                b.append(r.nextBoolean() ? "-" : ", ");
                icd10();
            }
        });
        field("ICD9", pad, () -> b.append("{{ICD9|").append(100 + r.nextInt(900)).append('.').append(r.nextInt(10)).append("}}"));
        if (r.nextInt(3) == 0) {
            field("ICDO", pad, () -> { });
        }
        field("OMIM", pad, () -> b.append(100000 + r.nextInt(600000)));
        if (r.nextBoolean()) {
            field("OMIM_mult", pad, () -> {
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? " " : "").append("{{OMIM2|").append(100000 + r.nextInt(600000)).append("}}");
                }
            });
        }
        field("MedlinePlus", pad, () -> b.append(String.format("%06d", r.nextInt(1000000))));
        if (r.nextBoolean()) {
            field("eMedicine_mult", pad, () -> {
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "<br />" : "").append("{{eMedicine2|").append(pick(EMED_SECTIONS)).append('|')
                            .append(r.nextInt(2000000)).append('|').append(pick(EN_DISEASE_HEADS)).append(' ')
                            .append(pick(EN_DISEASE_TAILS)).append("}}");
                }
            });
        }
        if (r.nextInt(4) == 0) {
            // Two fields on one line, a trailing pipe: real infoboxes are often written like this.
            b.append(" |  MeshID         = D").append(String.format("%06d", r.nextInt(1000000))).append(" |\n  GeneReviewsID   = ")
                    .append(pick(EN_GENES).toLowerCase()).append(" |\n");
        } else {
            field("MeshID", pad, () -> b.append('D').append(String.format("%06d", r.nextInt(1000000))));
        }
        if (r.nextInt(3) == 0) {
            field("Treatment", pad, () -> {
                b.append("{{#if:").append(pick(zh ? ZH_DRUGS : EN_DRUGS)).append("|");
                link(pick(zh ? ZH_DRUGS : EN_DRUGS));
                b.append("|{{{treatment|}}}}}");
            });
        }
        if (r.nextInt(3) == 0) {
            field("Frequency", pad, () -> b.append(zh ? "約" : "About ").append(1 + r.nextInt(99)).append(zh ? "萬分之一" : " in 100,000")
                    .append(r.nextBoolean() ? "<ref name=\"freq\">" + citeWeb() + "</ref>" : ""));
        }
        b.append("}}\n");
    }

    private void field(String name, String pad, Runnable value) {
        b.append(" | ").append(name);
        for (int i = name.length(); i < 15; i++) {
            b.append(' ');
        }
        b.append("= ").append(pad);
        value.run();
        b.append('\n');
    }

    private void icd10() {
        b.append("{{ICD10|").append((char) ('A' + r.nextInt(26))).append('|').append(r.nextInt(100)).append('|')
                .append(r.nextInt(10)).append('|').append((char) ('a' + r.nextInt(26))).append('|').append(r.nextInt(100))
                .append("}}");
    }

    // ------------------------------------------------------------------------------------------ text

    private void lead() {
        b.append('\n');
        b.append("'''").append(title).append("'''");
        if (zh) {
            b.append("（{{lang-en|").append(pick(EN_DISEASE_HEADS)).append(' ').append(pick(EN_DISEASE_TAILS));
            if (r.nextBoolean()) {
                b.append("|catIdx=").append(pick(EN_DISEASE_HEADS));
            }
            b.append("}}");
            if (r.nextBoolean()) {
                b.append("，簡寫為").append(abbreviation());
            }
            b.append("），是一種");
        } else {
            if (r.nextBoolean()) {
                b.append(" ('''").append(abbreviation()).append("''')");
            }
            b.append(r.nextBoolean() ? ", also known as ''" + diseaseName() + "'', is a " : " is a ");
        }
        link(pick(zh ? ZH_SPECIALTIES : EN_SPECIALTIES));
        b.append(zh ? "疾病。" : " disorder. ");
        paragraphBody(2 + r.nextInt(4));
        b.append("\n\n");
        if (r.nextBoolean()) {
            paragraphBody(2 + r.nextInt(5));
            b.append("\n\n");
        }
    }

    private void section(int level) {
        heading(level, pick(zh ? ZH_SECTIONS : EN_SECTIONS));
        int blocks = 1 + r.nextInt(5);
        for (int i = 0; i < blocks; i++) {
            int k = r.nextInt(100);
            if (k < 55) {
                paragraphBody(2 + r.nextInt(7));
                b.append("\n\n");
            } else if (k < 70) {
                list();
            } else if (k < 78) {
                table(0);
            } else if (k < 84) {
                image();
            } else if (k < 88) {
                b.append(r.nextBoolean() ? "{{main|" : "{{See also|").append(diseaseName()).append("}}\n");
            } else if (k < 92) {
                b.append("<math>").append(math()).append("</math>\n\n");
            } else if (k < 95) {
                comment();
                b.append('\n');
            } else if (k < 97) {
                b.append(" ").append(zh ? "預格式化文本 " + pick(ZH_TERMS) : "preformatted " + pick(EN_WORDS)).append('\n');
                b.append(" ").append(pick(EN_GENES)).append(" = ").append(r.nextInt(1000)).append("\n\n");
            } else {
                b.append("<nowiki>{{not a template}} [[not a link]] '''</nowiki> ");
                paragraphBody(1);
                b.append("\n\n");
            }
        }
        if (level < 4 && r.nextInt(100) < 30) {
            int subs = 1 + r.nextInt(3);
            for (int i = 0; i < subs; i++) {
                section(level + 1);
            }
        }
    }

    private void heading(int level, String text) {
        String eq = "=".repeat(level);
        b.append(eq);
        if (r.nextBoolean()) {
            b.append(' ');
        }
        b.append(text);
        if (r.nextInt(15) == 0) {
            b.append(zh ? "與" : " and ").append(pick(zh ? ZH_SECTIONS : EN_SECTIONS));
        }
        if (r.nextBoolean()) {
            b.append(' ');
        }
        b.append(eq);
        if (r.nextInt(10) == 0) {
            b.append(' '); // trailing blank after a heading
        }
        b.append('\n');
    }

    /** Sentences of running text with the inline markup of an article. */
    private void paragraphBody(int sentences) {
        for (int i = 0; i < sentences; i++) {
            sentence();
            if (r.nextInt(100) < 35) {
                ref();
            }
            if (!zh) {
                b.append(' ');
            }
        }
    }

    private void sentence() {
        if (zh) {
            inlineZh(4 + r.nextInt(6));
            b.append(r.nextInt(10) == 0 ? "；" : "。");
        } else {
            inlineEn(6 + r.nextInt(12));
            b.append(r.nextInt(12) == 0 ? ";" : ".");
        }
    }

    private void inline(int sentences) {
        for (int i = 0; i < sentences; i++) {
            if (zh) {
                inlineZh(2 + r.nextInt(3));
            } else {
                inlineEn(3 + r.nextInt(5));
            }
        }
    }

    private void inlineZh(int words) {
        for (int w = 0; w < words; w++) {
            if (w > 0 && r.nextInt(6) == 0) {
                b.append(r.nextBoolean() ? "，" : "、");
            }
            inlineItem(pick(r.nextInt(3) == 0 ? ZH_FUNCTION : ZH_TERMS));
        }
    }

    private void inlineEn(int words) {
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(r.nextInt(10) == 0 ? ", " : " ");
            }
            String word = pick(r.nextInt(3) == 0 ? EN_FUNCTION : EN_WORDS);
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            inlineItem(word);
        }
    }

    /** A word, plain most of the time, else marked up in one of many ways. */
    private void inlineItem(String word) {
        int k = r.nextInt(1000);
        if (k < 760) {
            b.append(word);
        } else if (k < 830) {
            link(word);
        } else if (k < 845) {
            b.append("[[").append(word).append('|').append(pick(zh ? ZH_TERMS : EN_WORDS)).append("]]");
        } else if (k < 850) {
            b.append("[[").append(word).append("]]").append(zh ? "" : "s"); // link trail
        } else if (k < 875) {
            b.append("''").append(word).append("''");
        } else if (k < 895) {
            b.append("'''").append(word).append("'''");
        } else if (k < 900) {
            b.append("'''''").append(word).append("'''''");
        } else if (k < 925) {
            // Language-variant markup is a zh-wiki thing, used now and then: 1 in 200 items of Chinese text.
            if (zh && k < 905) {
                variant(word);
            } else {
                b.append(word);
            }
        } else if (k < 935) {
            b.append("{{lang|").append(zh ? "en|" + pick(EN_WORDS) : "la|" + pick(LATIN)).append("}}");
        } else if (k < 945) {
            externalLink();
        } else if (k < 950) {
            b.append(word).append(zh ? "（" + pick(EN_GENES) + "）" : " (" + pick(EN_GENES) + ")");
        } else if (k < 958) {
            b.append("{{le|").append(word).append('|').append(pick(EN_WORDS)).append("}}");
        } else if (k < 965) {
            b.append(word).append("<sup>").append(r.nextInt(10)).append("</sup>");
        } else if (k < 972) {
            b.append(r.nextInt(500)).append("&nbsp;").append(pick(UNITS));
        } else if (k < 977) {
            b.append(word).append("&ndash;").append(pick(zh ? ZH_TERMS : EN_WORDS));
        } else if (k < 982) {
            b.append("{{convert|").append(r.nextInt(200)).append('|').append(pick(UNITS)).append("}}");
        } else if (k < 986) {
            b.append("<span style=\"color:#").append(Integer.toHexString(0x100000 + r.nextInt(0xEFFFFF))).append("\">")
                    .append(word).append("</span>");
        } else if (k < 990) {
            b.append(word).append("<!-- ").append(zh ? "待查證" : "citation check").append(" -->");
        } else if (k < 993) {
            b.append("{{PAGENAME}}");
        } else if (k < 995) {
            b.append("{{fact|date=").append(month()).append(' ').append(2010 + r.nextInt(15)).append("}}");
        } else if (k < 999) {
            b.append(word).append(r.nextBoolean() ? "<br />" : "<br>");
        } else {
            malformedInline(word); // 1 in 1000 inline items: a few broken bits per article
        }
    }

    private void variant(String word) {
        int k = r.nextInt(4);
        if (k == 0) {
            b.append("-{").append(word).append("}-");
        } else if (k == 1) {
            b.append("-{H|zh-hans:").append(word).append(";zh-hant:").append(pick(ZH_TERMS)).append(";}-");
        } else {
            b.append("-{zh-hans:").append(word).append(";zh-hant:").append(pick(ZH_TERMS));
            if (r.nextBoolean()) {
                b.append(";zh-tw:").append(pick(ZH_TERMS)).append(";zh-hk:").append(pick(ZH_TERMS));
            }
            b.append(r.nextBoolean() ? ";" : "").append("}-");
        }
    }

    private void link(String target) {
        if (r.nextBoolean()) {
            b.append("[[").append(target).append("]]");
        } else {
            b.append("[[").append(target).append('|').append(target).append("]]");
        }
    }

    private void listInline(String first, int n) {
        b.append(first);
        for (int i = 1; i < n; i++) {
            b.append(zh ? "、" : ", ");
            link(pick(zh ? ZH_SYMPTOMS : EN_SYMPTOMS));
        }
    }

    private void externalLink() {
        String url = url();
        int k = r.nextInt(3);
        if (k == 0) {
            b.append(url);
        } else if (k == 1) {
            b.append('[').append(url).append(']');
        } else {
            b.append('[').append(url).append(' ').append(zh ? pick(ZH_TERMS) + "網站" : pick(EN_WORDS) + " site").append(']');
        }
    }

    // ------------------------------------------------------------------------------------------ refs

    private void maybeRef() {
        if (r.nextBoolean()) {
            ref();
        }
    }

    private void ref() {
        int k = r.nextInt(100);
        if (k < 15 && !refNames.isEmpty()) {
            String name = refNames.get(r.nextInt(refNames.size()));
            b.append(r.nextBoolean() ? "<ref name=\"" + name + "\" />" : "<ref name=" + name + "/>");
            return;
        }
        String name = null;
        if (k < 45) {
            name = (zh ? "ref" : pick(EN_SURNAMES).toLowerCase()) + (++refCounter);
            refNames.add(name);
        }
        b.append(name == null ? "<ref>" : r.nextBoolean() ? "<ref name=\"" + name + "\">" : "<ref name=" + name + ">");
        int c = r.nextInt(100);
        if (c < 60) {
            citeJournal();
        } else if (c < 80) {
            b.append(citeWeb());
        } else if (c < 90) {
            b.append("{{cite book|last=").append(pick(EN_SURNAMES)).append("|first=").append(pick(INITIALS)).append("|title=")
                    .append(capitalWords(3 + r.nextInt(4))).append("|publisher=").append(pick(PUBLISHERS)).append("|year=")
                    .append(1970 + r.nextInt(55)).append("|isbn=978-").append(r.nextInt(10)).append('-').append(1000 + r.nextInt(9000))
                    .append('-').append(1000 + r.nextInt(9000)).append('-').append(r.nextInt(10)).append("|page=").append(1 + r.nextInt(900))
                    .append("}}");
        } else {
            inline(1);
            b.append(' ');
            externalLink();
        }
        b.append("</ref>");
    }

    private void citeJournal() {
        b.append("{{cite journal");
        int authors = 1 + r.nextInt(6);
        boolean vauthors = r.nextInt(3) == 0;
        if (vauthors) {
            b.append(" |vauthors=");
            for (int i = 0; i < authors; i++) {
                b.append(i > 0 ? ", " : "").append(pick(EN_SURNAMES)).append(' ').append(pick(INITIALS));
            }
        } else {
            for (int i = 0; i < authors; i++) {
                if (i == 0) {
                    b.append("|last=").append(pick(EN_SURNAMES)).append("|first=").append(pick(INITIALS));
                } else {
                    b.append(r.nextBoolean() ? "|author" : " |author").append(i + 1).append('=').append(pick(EN_SURNAMES))
                            .append(", ").append(pick(INITIALS)).append(r.nextBoolean() ? " " : "");
                }
            }
        }
        b.append("|title=").append(capitalWords(5 + r.nextInt(8))).append(r.nextBoolean() ? "." : "");
        b.append("|journal=").append(pick(JOURNALS));
        b.append("|date=").append(r.nextBoolean() ? month().substring(0, 3) + " " : "").append(1960 + r.nextInt(65));
        b.append("|volume=").append(1 + r.nextInt(400));
        if (r.nextBoolean()) {
            b.append("|issue=").append(1 + r.nextInt(12));
        }
        int p = 1 + r.nextInt(2000);
        b.append("|pages=").append(p).append('–').append(p + 1 + r.nextInt(30));
        if (r.nextInt(4) > 0) {
            b.append("|doi=10.").append(1000 + r.nextInt(9000)).append('/').append(pick(EN_JOURNAL_ABBR)).append('.')
                    .append(r.nextInt(100000000));
        }
        if (r.nextInt(3) > 0) {
            b.append("|pmid=").append(1000000 + r.nextInt(38000000));
        }
        if (r.nextInt(4) == 0) {
            b.append("|pmc=").append(1000000 + r.nextInt(9000000));
        }
        if (r.nextInt(5) == 0) {
            b.append("|language=").append(zh ? "zh" : "en");
        }
        b.append("}}");
    }

    private String citeWeb() {
        StringBuilder s = new StringBuilder("{{Cite web |url=").append(url()).append(" |title=");
        if (zh) {
            s.append(pick(ZH_TERMS)).append(pick(ZH_TERMS)).append("指南");
        } else {
            s.append(capitalWords(3 + r.nextInt(5)));
        }
        s.append(" |work=").append(pick(PUBLISHERS)).append(" |date=").append(2000 + r.nextInt(25)).append('-')
                .append(String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));
        if (r.nextBoolean()) {
            s.append(" |access-date=").append(2015 + r.nextInt(10)).append("-0").append(1 + r.nextInt(9)).append("-1")
                    .append(r.nextInt(10));
        }
        if (r.nextInt(4) == 0) {
            s.append(" |archive-url=https://web.archive.org/web/").append(20100101000000L + r.nextInt(1000000000)).append('/')
                    .append(url()).append(" |url-status=dead");
        }
        return s.append("}}").toString();
    }

    // ------------------------------------------------------------------------------------------ blocks

    private void list() {
        int items = 2 + r.nextInt(7);
        char bullet = r.nextInt(4) == 0 ? '#' : '*';
        if (r.nextInt(8) == 0) {
            for (int i = 0; i < items; i++) {
                b.append(';').append(pick(zh ? ZH_TERMS : EN_WORDS)).append(r.nextBoolean() ? "\n:" : " : ");
                inline(1);
                b.append('\n');
            }
            b.append('\n');
            return;
        }
        for (int i = 0; i < items; i++) {
            b.append(bullet);
            if (i > 0 && r.nextInt(4) == 0) {
                b.append(r.nextInt(3) == 0 ? ':' : bullet);
            }
            if (r.nextBoolean()) {
                b.append(' ');
            }
            if (r.nextInt(4) == 0) {
                link(pick(zh ? ZH_SYMPTOMS : EN_SYMPTOMS));
                b.append(zh ? "：" : ": ");
            }
            inline(1 + r.nextInt(2));
            if (r.nextInt(5) == 0) {
                ref();
            }
            b.append('\n');
        }
        b.append('\n');
    }

    private void table(int depth) {
        int cols = 2 + r.nextInt(4);
        int rows = 2 + r.nextInt(depth == 0 ? 8 : 3);
        b.append("{| class=\"wikitable").append(r.nextBoolean() ? " sortable" : "").append('"');
        if (r.nextBoolean()) {
            b.append(" style=\"text-align:center; width:").append(40 + r.nextInt(60)).append("%\"");
        }
        b.append('\n');
        if (r.nextBoolean()) {
            b.append("|+ ").append(zh ? pick(ZH_TERMS) + "的分型" : "Types of " + pick(EN_WORDS)).append('\n');
        }
        b.append("|-\n");
        if (r.nextBoolean()) {
            b.append("! ");
            for (int c = 0; c < cols; c++) {
                b.append(c > 0 ? " !! " : "").append(pick(zh ? ZH_COLUMNS : EN_COLUMNS));
            }
            b.append('\n');
        } else {
            for (int c = 0; c < cols; c++) {
                b.append("! ").append(r.nextInt(4) == 0 ? "scope=\"col\" | " : "").append(pick(zh ? ZH_COLUMNS : EN_COLUMNS))
                        .append('\n');
            }
        }
        for (int row = 0; row < rows; row++) {
            b.append("|-").append(r.nextInt(6) == 0 ? " style=\"background:#eee\"" : "").append('\n');
            boolean oneLine = r.nextBoolean();
            for (int c = 0; c < cols; c++) {
                if (oneLine) {
                    b.append(c == 0 ? "| " : " || ");
                } else {
                    b.append("| ");
                    if (r.nextInt(8) == 0) {
                        b.append(r.nextBoolean() ? "rowspan=\"2\" | " : "colspan=\"2\" | ");
                    }
                }
                int k = r.nextInt(10);
                if (k < 3) {
                    b.append(r.nextInt(1000)).append(r.nextBoolean() ? "%" : "");
                } else if (k < 4) {
                    b.append("{{OMIM2|").append(100000 + r.nextInt(600000)).append("}}");
                } else if (k < 5 && !oneLine && depth < 1 && r.nextInt(4) == 0) {
                    b.append('\n');
                    table(depth + 1);
                    continue;
                } else {
                    inline(1);
                }
                if (r.nextInt(12) == 0) {
                    ref();
                }
                if (!oneLine) {
                    b.append('\n');
                }
            }
            if (oneLine) {
                b.append('\n');
            }
        }
        if (r.nextInt(60) == 0) {
            b.append('\n'); // an unclosed table: no |}
            return;
        }
        b.append("|}\n\n");
    }

    private void image() {
        b.append("[[").append(r.nextBoolean() ? "File:" : zh ? "Image:" : "File:").append(fileName());
        if (r.nextBoolean()) {
            b.append("|thumb");
        }
        if (r.nextBoolean()) {
            b.append("|").append(180 + 20 * r.nextInt(10)).append("px");
        }
        if (r.nextBoolean()) {
            b.append(r.nextBoolean() ? "|right" : "|left");
        }
        b.append('|');
        inline(1 + r.nextInt(2));
        if (r.nextInt(4) == 0) {
            ref();
        }
        b.append("]]\n");
    }

    private void seeAlso() {
        if (r.nextInt(3) == 0) {
            return;
        }
        heading(2, zh ? pick(new String[] {"參見", "参见", "相關條目"}) : "See also");
        if (r.nextInt(4) == 0) {
            b.append("{{Portal|Medicine}}\n");
        }
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append('*');
            link(diseaseName());
            if (r.nextBoolean()) {
                b.append(zh ? "：" : " – ");
                inline(1);
            }
            b.append('\n');
        }
        b.append('\n');
    }

    private void references() {
        heading(2, zh ? pick(new String[] {"參考文獻", "参考资料", "參考資料"}) : pick(new String[] {"References", "Notes"}));
        int k = r.nextInt(4);
        if (k == 0) {
            b.append("<references />\n");
        } else if (k == 1) {
            b.append("{{reflist|30em}}\n");
        } else if (k == 2) {
            b.append("{{Reflist|2}}\n");
        } else {
            b.append("{{reflist|refs=\n");
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.append("<ref name=\"ldr").append(i).append("\">");
                citeJournal();
                b.append("</ref>\n");
            }
            b.append("}}\n");
        }
        if (r.nextBoolean()) {
            b.append('\n');
            heading(2, zh ? "延伸閱讀" : "Further reading");
            b.append("{{refbegin}}\n");
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                b.append("* ");
                if (r.nextBoolean()) {
                    citeJournal();
                } else {
                    b.append(citeWeb());
                }
                b.append('\n');
            }
            b.append("{{refend}}\n");
        }
        b.append('\n');
    }

    private void externalLinks() {
        if (r.nextInt(3) == 0) {
            return;
        }
        heading(2, zh ? pick(new String[] {"外部連結", "外部链接"}) : "External links");
        b.append("{{Medical resources\n| DiseasesDB = ").append(r.nextInt(40000)).append("\n| ICD10 = ");
        icd10();
        b.append("\n| OMIM = ").append(100000 + r.nextInt(600000)).append("\n| MeSH = D").append(r.nextInt(1000000))
                .append("\n}}\n");
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append("* ");
            int k = r.nextInt(3);
            if (k == 0) {
                b.append("{{NINDS|").append(abbreviation()).append("}}");
            } else if (k == 1) {
                b.append("{{dmoz|Health/Conditions_and_Diseases/").append(pick(EN_SPECIALTIES).replace(' ', '_')).append('/')
                        .append(pick(EN_DISEASE_HEADS)).append("}}");
            } else {
                b.append('[').append(url()).append(' ').append(capitalWords(2 + r.nextInt(4))).append(']');
            }
            b.append('\n');
        }
        b.append('\n');
    }

    private void footer() {
        int navs = r.nextInt(3);
        for (int i = 0; i < navs; i++) {
            b.append(zh ? "{{" + pick(ZH_SPECIALTIES) + "疾病}}\n" : "{{" + pick(EN_SPECIALTIES) + " disorders}}\n");
        }
        if (r.nextBoolean()) {
            b.append("{{Authority control}}\n");
        }
        b.append('\n');
        if (r.nextInt(10) == 0) {
            b.append("{{DEFAULTSORT:").append(pick(EN_DISEASE_HEADS)).append("}}\n");
        }
        int cats = 1 + r.nextInt(6);
        for (int i = 0; i < cats; i++) {
            String cat = zh ? pick(ZH_SPECIALTIES) + pick(new String[] {"疾病", "病症", "遺傳疾病"}) : pick(EN_SPECIALTIES) + " disorders";
            b.append(zh ? "[[Category:" : "[[Category:").append(cat);
            if (r.nextInt(3) == 0) {
                b.append('|').append(zh ? "Category:" + cat : pick(EN_DISEASE_HEADS));
            }
            b.append("]]\n");
        }
        if (r.nextInt(4) == 0) {
            b.append(zh ? "\n[[en:" + pick(EN_DISEASE_HEADS) + " " + pick(EN_DISEASE_TAILS) + "]]\n[[ja:" + pick(ZH_TERMS) + "]]\n"
                    : "\n[[zh:" + pick(ZH_TERMS) + pick(ZH_DISEASE_TAILS) + "]]\n[[fr:" + pick(EN_DISEASE_HEADS) + "]]\n");
        }
        if (r.nextInt(5) == 0) {
            b.append("__NOTOC__\n");
        }
    }

    // ------------------------------------------------------------------------------------------ malformed

    private void malformedInline(String word) {
        switch (r.nextInt(10)) {
            case 0 -> b.append("{{").append(word).append('|').append(pick(EN_WORDS)); // unclosed template
            case 1 -> b.append(word).append("}}"); // stray closer
            case 2 -> b.append("[[").append(word); // unclosed link
            case 3 -> b.append(word).append("]]");
            case 4 -> b.append("'''").append(word).append("''"); // mismatched quotes
            case 5 -> b.append("<ref>").append(word); // ref never closed
            case 6 -> b.append("<span ").append(word); // unterminated tag
            case 7 -> b.append("{{{").append(word).append("}}"); // brace runs that do not pair up
            case 8 -> b.append("-{zh-hans:").append(word); // variant never closed
            default -> b.append("[http://").append(word.replace(' ', '_')).append(" ").append(word); // external link, no ]
        }
    }

    private void malformedTail() {
        switch (r.nextInt(5)) {
            case 0 -> b.append("{{Infobox disease\n | Name = ").append(title).append("\n | ICD10 = {{ICD10|A|0|0\n"); // never closed
            case 1 -> b.append("{|\n|-\n| ").append(title).append("\n|}\n|}\n"); // stray table end
            case 2 -> b.append("<!-- ").append(zh ? "未關閉的註釋" : "unclosed comment").append('\n');
            case 3 -> b.append("== ").append(title).append(" ===\n}}}}]]]]\n");
            default -> b.append("<ref name=\"broken\">{{cite journal|title=").append(title).append("|journal=\n");
        }
    }

    // ------------------------------------------------------------------------------------------ bits

    private void comment() {
        b.append("<!-- ");
        if (zh) {
            b.append(pick(new String[] {"請勿刪除", "以下內容待翻譯", "此處需要來源", "分類依據"})).append(pick(ZH_TERMS));
        } else {
            b.append(pick(new String[] {"Please do not remove", "Needs a source", "Translation pending", "See talk page"}))
                    .append(' ').append(pick(EN_WORDS));
        }
        if (r.nextInt(4) == 0) {
            b.append("\n{{old template|").append(pick(EN_WORDS)).append("}} [[old link]]\n");
        }
        b.append(" -->");
    }

    private String diseaseName() {
        if (zh) {
            return pick(ZH_DISEASE_HEADS) + pick(ZH_DISEASE_MIDS) + pick(ZH_DISEASE_TAILS);
        }
        return pick(EN_DISEASE_HEADS) + " " + pick(EN_DISEASE_MIDS) + " " + pick(EN_DISEASE_TAILS);
    }

    private String abbreviation() {
        StringBuilder s = new StringBuilder();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + r.nextInt(26)));
        }
        return s.toString();
    }

    private String fileName() {
        return pick(EN_WORDS).replace(' ', '_') + "_" + pick(EN_DISEASE_HEADS) + (r.nextBoolean() ? "-en" : "") + pick(new String[] {".svg", ".jpg", ".png", ".JPG"});
    }

    private String url() {
        return pick(new String[] {"https://", "http://"}) + pick(HOSTS) + "/" + pick(EN_WORDS).replace(' ', '-') + "/"
                + r.nextInt(1000000) + (r.nextBoolean() ? ".htm" : "");
    }

    private String ipa() {
        StringBuilder s = new StringBuilder();
        int n = 3 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(i > 0 ? "|" : "").append(pick(IPA));
        }
        return s.toString();
    }

    private String math() {
        return "P(" + pick(EN_GENES) + ") = \\frac{" + (1 + r.nextInt(9)) + "}{" + (2 + r.nextInt(98)) + "} \\cdot q^{" + (1 + r.nextInt(3)) + "}";
    }

    private String month() {
        return pick(MONTHS);
    }

    private String capitalWords(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = pick(i % 3 == 1 ? EN_FUNCTION : EN_WORDS);
            s.append(i > 0 ? " " : "").append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return s.toString();
    }

    private String sentenceFragmentEn() {
        return pick(EN_DISEASE_HEADS) + " " + pick(EN_WORDS) + " " + pick(EN_WORDS);
    }

    private String pick(String[] words) {
        return words[r.nextInt(words.length)];
    }

    // ------------------------------------------------------------------------------------------ word lists
    // Our own lists of common medical words; they only need to look like the text of such articles.

    private static final String[] ZH_TERMS = {
        "神經", "肌肉", "蛋白質", "基因", "染色體", "細胞", "神經元", "脊髓", "大腦", "心臟", "肝臟", "腎臟", "肺部", "血液",
        "免疫系統", "抗體", "病毒", "細菌", "真菌", "寄生蟲", "炎症", "發燒", "疼痛", "疲勞", "呼吸", "代謝", "內分泌", "激素",
        "胰島素", "血糖", "血壓", "膽固醇", "骨骼", "關節", "皮膚", "黏膜", "淋巴結", "骨髓", "紅血球", "白血球", "血小板",
        "突變", "遺傳", "顯性遺傳", "隱性遺傳", "X染色體", "線粒體", "酶", "受體", "信號通路", "神经系统", "运动神经元", "肌萎缩",
        "诊断", "治疗", "预后", "流行病学", "病理", "症状", "并发症", "临床试验", "药物", "手术", "康复", "护理", "疫苗", "抗生素",
        "化疗", "放疗", "影像学", "核磁共振", "电子计算机断层扫描", "超声波", "活检", "血液检查", "基因检测", "产前诊断", "新生儿筛查",
        "患者", "儿童", "成人", "老年人", "孕妇", "家族", "人群", "发病率", "死亡率", "生存期", "世界卫生组织", "卫生部门",
    };
    private static final String[] ZH_FUNCTION = {
        "的", "是", "在", "會", "可能", "通常", "導致", "引起", "造成", "表現為", "包括", "以及", "或者", "但是", "因此", "由於",
        "與", "和", "對於", "其中", "並且", "主要", "常見", "少見", "逐漸", "最終", "目前", "研究顯示", "一般認為", "據估計",
        "的患者", "可以", "需要", "没有", "已经", "被认为", "相关", "影响", "出现", "发生",
    };
    private static final String[] ZH_DISEASE_HEADS = {
        "脊髓性", "遺傳性", "先天性", "慢性", "急性", "家族性", "原發性", "繼發性", "進行性", "自身免疫性", "感染性", "退行性",
        "特發性", "良性", "惡性", "多發性", "局灶性", "全身性", "新生儿", "青少年",
    };
    private static final String[] ZH_DISEASE_MIDS = {
        "肌肉", "神經", "心肌", "肝", "腎", "肺", "骨", "皮膚", "血管", "淋巴", "甲狀腺", "胰腺", "視網膜", "耳蝸", "小腦", "周圍神經",
        "關節", "腸道", "胃", "膽道",
    };
    private static final String[] ZH_DISEASE_TAILS = {
        "萎縮症", "炎", "病", "綜合徵", "營養不良", "硬化症", "纖維化", "功能不全", "腫瘤", "癌", "發育不良", "貧血", "病變",
        "缺乏症", "畸形", "囊腫",
    };
    private static final String[] ZH_QUALIFIERS = {"疾病", "醫學", "I型", "II型", "兒童型", "成人型"};
    private static final String[] ZH_SPECIALTIES = {
        "神經學", "醫學遺傳學", "心臟病學", "腫瘤學", "內分泌學", "免疫學", "皮膚病學", "消化病學", "腎臟病學", "呼吸病學", "血液學",
        "感染病學", "眼科學", "耳鼻喉科學", "兒科學", "风湿病学",
    };
    private static final String[] ZH_SYMPTOMS = {
        "肌肉無力", "發燒", "頭痛", "咳嗽", "呼吸困難", "疲勞", "體重減輕", "皮疹", "關節疼痛", "腹痛", "噁心", "嘔吐", "抽搐",
        "視力模糊", "聽力下降", "心悸", "水腫", "黃疸", "貧血", "肌肉痙攣",
    };
    private static final String[] ZH_DRUGS = {"诺西那生钠", "胰島素", "糖皮質激素", "青黴素", "阿司匹林", "甲氨蝶呤", "干擾素", "利妥昔單抗"};
    private static final String[] ZH_SECTIONS = {
        "病因", "症狀", "症状与体征", "診斷", "诊断", "治療", "治疗", "預後", "流行病學", "歷史", "病理生理學", "分型", "遺傳學",
        "研究方向", "社會與文化", "預防", "筛查", "鉴别诊断", "并发症", "命名",
    };
    private static final String[] ZH_COLUMNS = {"類型", "發病年齡", "基因", "遺傳方式", "主要症狀", "預期壽命", "OMIM", "頻率"};

    private static final String[] EN_WORDS = {
        "muscle", "neuron", "protein", "gene", "chromosome", "cell", "spinal cord", "brain", "heart", "liver", "kidney", "lung",
        "blood", "immune system", "antibody", "virus", "bacterium", "fungus", "parasite", "inflammation", "fever", "pain",
        "fatigue", "breathing", "metabolism", "hormone", "insulin", "glucose", "blood pressure", "cholesterol", "bone", "joint",
        "skin", "mucosa", "lymph node", "bone marrow", "red cell", "platelet", "mutation", "inheritance", "autosomal dominant",
        "autosomal recessive", "mitochondria", "enzyme", "receptor", "signalling pathway", "motor neuron", "atrophy",
        "diagnosis", "treatment", "prognosis", "epidemiology", "pathology", "symptom", "complication", "clinical trial",
        "medication", "surgery", "rehabilitation", "vaccine", "antibiotic", "chemotherapy", "radiotherapy", "imaging",
        "magnetic resonance imaging", "computed tomography", "ultrasound", "biopsy", "blood test", "genetic testing",
        "prenatal diagnosis", "newborn screening", "patient", "child", "adult", "elderly", "pregnancy", "family", "population",
        "incidence", "mortality", "survival", "onset", "severity", "progression", "carrier", "phenotype", "genotype",
    };
    private static final String[] EN_FUNCTION = {
        "the", "a", "of", "in", "and", "or", "is", "are", "may", "usually", "causes", "leads to", "results in", "includes",
        "with", "without", "by", "for", "which", "that", "often", "rarely", "progressively", "eventually", "currently",
        "studies suggest", "it is estimated that", "most", "some", "between", "after", "before", "during", "such as",
    };
    private static final String[] EN_DISEASE_HEADS = {
        "Spinal", "Hereditary", "Congenital", "Chronic", "Acute", "Familial", "Primary", "Secondary", "Progressive", "Autoimmune",
        "Infectious", "Degenerative", "Idiopathic", "Benign", "Malignant", "Multiple", "Focal", "Systemic", "Neonatal", "Juvenile",
    };
    private static final String[] EN_DISEASE_MIDS = {
        "muscular", "nerve", "myocardial", "hepatic", "renal", "pulmonary", "bone", "skin", "vascular", "lymphatic", "thyroid",
        "pancreatic", "retinal", "cochlear", "cerebellar", "peripheral", "joint", "intestinal", "gastric", "biliary",
    };
    private static final String[] EN_DISEASE_TAILS = {
        "atrophy", "inflammation", "disease", "syndrome", "dystrophy", "sclerosis", "fibrosis", "insufficiency", "tumor",
        "carcinoma", "dysplasia", "anemia", "neuropathy", "deficiency", "malformation", "cyst",
    };
    private static final String[] EN_QUALIFIERS = {"disease", "medicine", "type I", "type II", "childhood", "adult-onset"};
    private static final String[] EN_SPECIALTIES = {
        "Neurology", "Medical genetics", "Cardiology", "Oncology", "Endocrinology", "Immunology", "Dermatology",
        "Gastroenterology", "Nephrology", "Pulmonology", "Hematology", "Infectious disease", "Ophthalmology",
        "Otorhinolaryngology", "Pediatrics", "Rheumatology",
    };
    private static final String[] EN_SYMPTOMS = {
        "muscle weakness", "fever", "headache", "cough", "shortness of breath", "fatigue", "weight loss", "rash", "joint pain",
        "abdominal pain", "nausea", "vomiting", "seizures", "blurred vision", "hearing loss", "palpitations", "edema",
        "jaundice", "anemia", "cramps",
    };
    private static final String[] EN_DRUGS = {"Nusinersen", "Insulin", "Prednisone", "Penicillin", "Aspirin", "Methotrexate", "Interferon", "Rituximab"};
    private static final String[] EN_SECTIONS = {
        "Causes", "Signs and symptoms", "Diagnosis", "Treatment", "Management", "Prognosis", "Epidemiology", "History",
        "Pathophysiology", "Classification", "Genetics", "Research", "Society and culture", "Prevention", "Screening",
        "Differential diagnosis", "Complications", "Terminology",
    };
    private static final String[] EN_COLUMNS = {"Type", "Age of onset", "Gene", "Inheritance", "Main symptoms", "Life expectancy", "OMIM", "Frequency"};
    private static final String[] EN_GENES = {"SMN1", "SMN2", "CFTR", "DMD", "HTT", "FBN1", "BRCA1", "BRCA2", "TP53", "HBB", "PAH", "APOE", "MECP2", "FMR1", "COL1A1", "PKD1"};
    private static final String[] EN_SURNAMES = {
        "Smith", "Wang", "Li", "Zhang", "Chen", "Garcia", "Müller", "Rossi", "Tanaka", "Kim", "Nguyen", "Johnson", "Brown",
        "Parano", "Pavone", "Lefebvre", "Novak", "Olsen", "Kowalski", "Silva", "Okafor", "Haddad", "Ivanova", "O'Brien",
    };
    private static final String[] INITIALS = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Y", "AB", "JM", "XY"};
    private static final String[] JOURNALS = {
        "Annals of Neurology", "The Lancet", "New England Journal of Medicine", "Nature Genetics", "Brain", "Neurology",
        "American Journal of Human Genetics", "中华医学杂志", "中華神經科雜誌", "Journal of Child Neurology", "BMJ",
        "JAMA", "PLOS ONE", "Human Molecular Genetics", "Muscle & Nerve",
    };
    private static final String[] EN_JOURNAL_ABBR = {"ana", "nejm", "ng", "brain", "wnl", "ajhg", "jcn", "bmj", "jama", "pone", "hmg", "mus"};
    private static final String[] PUBLISHERS = {"World Health Organization", "NIH", "Mayo Clinic", "Elsevier", "Springer", "人民卫生出版社", "Oxford University Press", "CDC"};
    private static final String[] HOSTS = {"www.example.org", "health.example.com", "www.example.net", "journals.example.edu", "ncbi.example.gov", "zh.example.org"};
    private static final String[] EMED_SECTIONS = {"article", "neuro", "ped", "emerg", "derm"};
    private static final String[] LATIN = {"morbus", "atrophia", "musculorum", "spinalis", "infantum", "chronica", "acuta"};
    private static final String[] UNITS = {"mg", "kg", "mm", "cm", "ml", "mmol/L", "years", "days"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
    private static final String[] IPA = {"ˈ", "s", "p", "aɪ", "n", "əl", "m", "ʌ", "s", "k", "j", "ʊ", "l", "ər", "æ", "t", "r", "ə", "f", "i"};
}
