package org.medkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medkg.wikitext.ExternalLink;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Ref;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Titles;
import org.medkg.wikitext.WikiDocument;

/**
 * The works an article cites: every citation template (in footnotes or in reading lists), and footnotes
 * written as plain text, with the DOI and PubMed id wherever the text gives them.
 */
final class CitationExtractor {
    private static final Set<String> CITATION_TEMPLATES = DataFiles.templateKeys("citation-templates.txt");
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>|\\]]+)");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID\\s*:?\\s*(\\d{1,9})\\b");
    private static final int MAX_AUTHORS = 50;

    private final Map<String, Citation> found = new LinkedHashMap<>();

    List<Citation> extract(WikiDocument doc) {
        doc.walk(node -> {
            if (node instanceof Template t && CITATION_TEMPLATES.contains(Titles.key(t.name()))) {
                add(fromTemplate(t));
            } else if (node instanceof Ref r && r.content() != null && !containsCitationTemplate(r)) {
                Citation c = fromText(r);
                if (c != null) {
                    add(c);
                }
            }
        });
        return new ArrayList<>(found.values());
    }

    private static boolean containsCitationTemplate(Ref r) {
        boolean[] any = {false};
        WikiDocument.walk(r.content(), n -> {
            if (n instanceof Template t && CITATION_TEMPLATES.contains(Titles.key(t.name()))) {
                any[0] = true;
            }
        });
        return any[0];
    }

    private static Citation fromTemplate(Template t) {
        List<String> authors = new ArrayList<>();
        for (String key : List.of("author", "authors", "vauthors")) {
            param(t, key).ifPresent(authors::add);
        }
        person(t, "last", "first").ifPresent(authors::add);
        for (int i = 1; i <= MAX_AUTHORS; i++) {
            param(t, "author" + i).ifPresent(authors::add);
            person(t, "last" + i, "first" + i).ifPresent(authors::add);
        }
        String journal = first(t, "journal", "work", "website", "newspaper", "magazine", "periodical");
        String date = first(t, "date", "year");
        String doi = normalizeDoi(first(t, "doi"));
        String pmid = digits(first(t, "pmid"));
        return new Citation(first(t, "title", "chapter"), authors, journal, date, doi, pmid, first(t, "url"),
                first(t, "pages", "page"), null, Evidence.at(t, ""));
    }

    private static Citation fromText(Ref r) {
        String text = PlainText.line(r.content());
        if (text.isEmpty()) {
            return null;
        }
        String url = null;
        for (Node n : r.content()) {
            if (n instanceof ExternalLink e) {
                url = e.url();
                break;
            }
        }
        Matcher doi = DOI.matcher(text);
        Matcher pmid = PMID.matcher(text);
        return new Citation(null, List.of(), null, null, doi.find() ? normalizeDoi(doi.group(1)) : null,
                pmid.find() ? pmid.group(1) : null, url, null, text, Evidence.at(r, ""));
    }

    private void add(Citation c) {
        String key = c.doi() != null ? "doi:" + c.doi().toLowerCase(Locale.ROOT)
                : c.pmid() != null ? "pmid:" + c.pmid()
                : c.url() != null ? "url:" + c.url()
                : c.title() != null ? "title:" + c.title() : "text:" + c.text();
        found.putIfAbsent(key, c);
    }

    private static Optional<String> param(Template t, String key) {
        return t.parameter(key).map(p -> PlainText.line(p.value())).filter(s -> !s.isEmpty());
    }

    private static Optional<String> person(Template t, String last, String first) {
        return param(t, last).map(l -> param(t, first).map(f -> l + ", " + f).orElse(l));
    }

    private static String first(Template t, String... keys) {
        for (String key : keys) {
            var v = param(t, key);
            if (v.isPresent()) {
                return v.get();
            }
        }
        return null;
    }

    static String normalizeDoi(String raw) {
        if (raw == null) {
            return null;
        }
        String d = raw.trim().replaceFirst("(?i)^(doi:\\s*|https?://(dx\\.)?doi\\.org/)", "");
        d = d.replaceAll("[.,;]+$", "");
        return d.matches("10\\.\\d{4,9}/\\S+") ? d : null;
    }

    private static String digits(String raw) {
        return raw != null && raw.trim().matches("\\d{1,9}") ? raw.trim() : null;
    }
}
