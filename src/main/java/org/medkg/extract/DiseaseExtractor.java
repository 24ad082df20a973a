package org.medkg.extract;

import java.nio.file.Path;
import java.util.List;
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
 * Reads one article into {@link ArticleFacts}: parses it, decides whether it is about a disease (a disease
 * infobox, or else disease categories together with a code box or no other infobox), and runs the
 * extractors. Thread-safe; problems go to the given {@link ProblemHandler}.
 */
public final class DiseaseExtractor {
    private final CodingSystems registry;
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
        Infobox box = Infobox.find(doc, registry);
        LinkExtractor links = new LinkExtractor(language);
        List<Category> categories = links.categories(doc);
        boolean disease = box.isPresent() || categories.stream().anyMatch(DiseaseCategories::isDiseaseCategory);
        List<Section> sections = doc.sections();
        Lead lead = new Lead(sections.get(0), language);
        NameExtractor.Names names = new NameExtractor(language).extract(doc, box, lead, article.title());
        String key = article.title() != null ? article.title() : keyFallback(article, names);
        if (!disease || names.primary() == null) {
            return new ArticleFacts(article, key, null);
        }
        Parameter field = box.byRole().get("field");
        Disease d = new Disease(names.primary(), names.labels(), names.alternates(), englishName(names, article),
                names.description(), field == null ? null : PlainText.line(field.value()),
                new CodeExtractor(registry, reporter).extract(box), categories, links.image(doc, box),
                new CitationExtractor().extract(doc), links.pageLinks(sections), links.seeAlso(sections),
                links.externalLinks(sections),
                new ProseExtractor(language, vocabularies).extract(sections, box, categories, navigationBoxes(doc),
                        names));
        return new ArticleFacts(article, key, d);
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
