package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** {@code /search?q=…}: the resources whose names contain the query, in any script ({@link LabelIndex}). */
final class SearchServlet extends SiteServlet {
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_HITS = 50;
    private static final Messages WORDS = Messages.bundled();

    SearchServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DisplayLanguage lang = language(request);
        String q = request.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            sendError(request, response, HttpServletResponse.SC_BAD_REQUEST, "badRequest",
                    "the search text is longer than " + MAX_QUERY_LENGTH + " characters");
            return;
        }
        Html h = new Html().raw("<h1>").text(WORDS.get(lang, "search")).raw("</h1>\n");
        if (!q.isEmpty()) {
            List<LabelIndex.Hit> hits = site.index().search(q, MAX_HITS);
            h.raw("<p class=\"query\">").text(WORDS.get(lang, "searchResults")).raw(" <strong>").text(q)
                    .raw("</strong></p>\n");
            if (hits.isEmpty()) {
                h.raw("<p class=\"none\">").text(WORDS.get(lang, "noResults")).raw("</p>\n");
            } else {
                h.raw("<ol class=\"hits\">\n");
                for (LabelIndex.Hit hit : hits) {
                    hit(h, hit, lang);
                }
                h.raw("</ol>\n");
            }
        }
        sendHtml(response, HttpServletResponse.SC_OK, lang, PageLayout.page(lang, q.isEmpty() ? WORDS.get(lang, "search")
                : q, "/search", q.isEmpty() ? Map.of() : Map.of("q", q), Map.of(), h.toString()));
    }

    private void hit(Html h, LabelIndex.Hit hit, DisplayLanguage lang) {
        IriMapping mapping = site.mapping();
        String name = site.index().name(hit.resource(), lang).orElse(hit.matched());
        String href = mapping.isLocal(hit.resource())
                ? PageLayout.withLang("/page" + mapping.localPath(hit.resource()), Map.of(), lang)
                : hit.resource().getURI();
        h.raw("<li>").link(href, name);
        for (Node type : hit.types()) {
            h.raw(" ").element("span", "type", Labels.lastSegment(type.getURI()));
        }
        if (!hit.matched().equals(name)) {
            h.raw(" <span class=\"matched\">").text(WORDS.get(lang, "matched")).raw(": ").text(hit.matched())
                    .raw("</span>");
        }
        h.raw("</li>\n");
    }
}
