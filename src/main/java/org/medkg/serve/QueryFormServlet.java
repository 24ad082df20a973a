package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * {@code /query}: a plain HTML form that sends a SPARQL query to {@code /sparql} (prefilled from
 * {@code ?query=}, or with one of the bundled example queries of {@code queries/}).
 */
final class QueryFormServlet extends SiteServlet {
    static final int MAX_QUERY_LENGTH = 20_000;
    private static final Messages WORDS = Messages.bundled();
    private static final String DEFAULT = """
            PREFIX schema: <http://schema.org/>
            SELECT ?disease ?name
            WHERE { ?disease a schema:MedicalCondition ; schema:name ?name }
            LIMIT 50""";

    QueryFormServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DisplayLanguage lang = language(request);
        Map<String, String> examples = BundledQueries.all();
        String query = request.getParameter("query");
        String example = request.getParameter("example");
        if (query == null && example != null) {
            query = examples.get(example);
        }
        if (query == null) {
            query = DEFAULT;
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            sendError(request, response, HttpServletResponse.SC_BAD_REQUEST, "badRequest", "the query is too long");
            return;
        }
        Html h = new Html().raw("<h1>").text(WORDS.get(lang, "sparql")).raw("</h1>\n")
                .raw("<form class=\"sparql\" action=\"/sparql\" method=\"get\">\n")
                .raw("<textarea name=\"query\" rows=\"14\" spellcheck=\"false\">").text(query).raw("</textarea>\n")
                .raw("<p><label>Results <select name=\"output\"><option value=\"text\">text table</option>")
                .raw("<option value=\"json\">JSON</option><option value=\"xml\">XML</option>")
                .raw("<option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option></select></label> ")
                .raw("<button type=\"submit\">").text(WORDS.get(lang, "sparql")).raw("</button></p>\n</form>\n");
        if (!examples.isEmpty()) {
            h.raw("<h2>queries/</h2>\n<ul class=\"examples\">\n");
            examples.forEach((name, text) -> h.raw("<li>")
                    .link(PageLayout.withLang("/query", Map.of("example", name), lang), name).raw(" — ")
                    .text(text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "")).raw("</li>\n"));
            h.raw("</ul>\n");
        }
        sendHtml(response, HttpServletResponse.SC_OK, lang,
                PageLayout.page(lang, "SPARQL", "/query", Map.of(), Map.of(), h.toString()));
    }
}
