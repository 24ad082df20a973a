package org.medkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medkg.source.Article;
import org.medkg.source.LanguageGuesser;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.ParseWarning;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Section;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.WikiDocument;
import org.medkg.wikitext.WikitextParser;

/**
 * Reads one article into {@link ArticleFacts}: parses it, decides what it describes, and runs the extractors.
 * A page whose own infobox types it ({@link PageTypes}) describes a drug or a gene; a symptom page is read
 * like a disease article but typed as a symptom; otherwise a page is about a disease when it has a disease
 * infobox, or disease categories. Thread-safe; problems go to the given {@link ProblemHandler}.
 */
public final class DiseaseExtractor {
    private static final Pattern PBB_TITLE = Pattern.compile("PBB/([0-9]+)$");

    private final CodingSystems registry;
    private final CodingSystems drugIdentifiers = CodingSystems.drugIdentifiers();
    private final Vocabularies vocabularies;
    private final ProblemHandler problems;

    /** @throws LexiconException when a vocabulary cannot be used (before any article is read) */
    public DiseaseExtractor(CodingSystems registry, Vocabularies vocabularies, ProblemHandler problems) {
        this.registry = registry;
        this.vocabularies = vocabularies;
        this.problems = problems;
    }

    public DiseaseExtractor(ProblemHandler problems) {
        this(CodingSystems.bundled(), Vocabularies.bundled(), problems);
    }

    public ArticleFacts extract(Article input) {
        String language = input.language() != null ? input.language() : LanguageGuesser.guess(input.text());
        Article article = input.withDefaults(null, language);
        Reporter reporter = new Reporter(article.name(), problems);
        WikiDocument doc = WikitextParser.parse(article.text());
        for (ParseWarning w : doc.warnings()) {
            reporter.warn(w.line(), w.column(), w.message());
        }
        LinkExtractor links = new LinkExtractor(language);
        List<Section> sections = doc.sections();
        Lead lead = new Lead(sections.get(0), language);
        PageTypes.Typed typed = PageTypes.of(doc, drugIdentifiers);
        if (typed != null && !typed.kind().equals("symptom")) {
            Infobox own = new Infobox(typed.template(), List.of());
            NameExtractor.Names names = new NameExtractor(language).extract(doc, own, lead, article.title());
            String key = article.title() != null ? article.title() : keyFallback(article, names);
            return new ArticleFacts(article, key, null, typed.kind().equals("drug")
                    ? drugPage(own, names, article, reporter) : genePage(own, names, article));
        }
        Infobox box = Infobox.find(doc, registry);
        List<Category> categories = links.categories(doc);
        boolean disease = box.isPresent() || categories.stream().anyMatch(DiseaseCategories::isDiseaseCategory);
        NameExtractor.Names names = new NameExtractor(language).extract(doc, box, lead, article.title());
        String key = article.title() != null ? article.title() : keyFallback(article, names);
        if (!disease || names.primary() == null) {
            return new ArticleFacts(article, key, null, null);
        }
        Parameter field = box.byRole().get("field");
        RuleGuard guard = new RuleGuard(reporter);
        Disease d = new Disease(names.primary(), names.labels(), names.alternates(), englishName(names, article),
                names.description(), field == null ? null : PlainText.line(field.value()),
                guard.run("codes", () -> new CodeExtractor(registry, reporter).extract(box), List.of()), categories,
                guard.run("the image", () -> links.image(doc, box), null),
                guard.run("citations", () -> new CitationExtractor().extract(doc), List.of()),
                guard.run("links", () -> links.pageLinks(sections), List.of()),
                guard.run("see-also links", () -> links.seeAlso(sections), List.of()),
                guard.run("external links", () -> links.externalLinks(sections), List.of()),
                new ProseExtractor(language, vocabularies, guard).extract(sections, box, categories,
                        navigationBoxes(doc), names), typed != null);
        return new ArticleFacts(article, key, d, null);
    }

    /** A drug page: its names and the identifiers its infobox gives (null without a name). */
    private DrugPage drugPage(Infobox box, NameExtractor.Names names, Article article, Reporter reporter) {
        if (names.primary() == null) {
            return null;
        }
        String english = englishName(names, article);
        DrugVocabulary.Entry known = vocabularies.drugs().lookup(english != null ? english : names.primary().text());
        return new DrugPage(names.primary(), names.labels(), names.alternates(),
                known != null && known.canonical() != null ? known.canonical() : english,
                new CodeExtractor(drugIdentifiers, reporter).extract(box));
    }

    /**
     * A gene page: the symbol its infobox gives, else the gene of its NCBI Gene id (the parameter, or the
     * {@code Template:PBB/N} title), else a page title that is a symbol; null when none names a known gene.
     */
    private GenePage genePage(Infobox box, NameExtractor.Names names, Article article) {
        GeneVocabulary genes = vocabularies.genes();
        Parameter symbolField = box.byRole().get("gene_symbol");
        Parameter entrezField = box.byRole().get("entrez");
        String entrez = entrezField != null ? PlainText.line(entrezField.value()) : "";
        if (entrez.isEmpty() && article.title() != null) {
            Matcher m = PBB_TITLE.matcher(article.title());
            entrez = m.find() ? m.group(1) : "";
        }
        String symbol = symbolField != null ? PlainText.line(symbolField.value()) : null;
        if (symbol == null || !genes.isSymbol(symbol)) {
            symbol = !entrez.isEmpty() ? genes.symbolOfEntrezId(entrez) : null;
        }
        if (symbol == null && article.title() != null && genes.isSymbol(article.title().strip())) {
            symbol = article.title().strip();
        }
        if (symbol == null) {
            return null;
        }
        return new GenePage(symbol, genes.entrezId(symbol), names.labels(), Evidence.at(box.main(), ""));
    }

    /** The names of the templates that stand alone at the top level with no parameters (navigation boxes). */
    private static List<Template> navigationBoxes(WikiDocument doc) {
        return doc.nodes().stream().filter(n -> n instanceof Template t && t.parameters().isEmpty())
                .map(Template.class::cast).toList();
    }

    private static String englishName(NameExtractor.Names names, Article article) {
        if ("en".equals(article.language()) && article.title() != null) {
            return article.title();
        }
        return names.englishName();
    }

    /** Without a title from the input, the disease's name stands in; failing that, the file's name. */
    private static String keyFallback(Article article, NameExtractor.Names names) {
        if (names.primary() != null) {
            return names.primary().text();
        }
        String file = Path.of(article.name()).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
