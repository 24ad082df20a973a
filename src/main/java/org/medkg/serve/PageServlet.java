package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** {@code /page/P}: the HTML page of the resource {@code BASE+P}, in the language the reader wants. */
final class PageServlet extends SiteServlet {
    static final String PREFIX = "/page";

    PageServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Node resource = site.mapping().resourceFor(rawPathAfter(request, PREFIX));
        Graph doc = resource == null ? null : site.describer().describe(resource);
        if (doc == null) {
            notFound(request, response);
            return;
        }
        DisplayLanguage lang = language(request);
        String html = new ResourcePage(resource, doc, lang, site.mapping()).render(request.getRequestURI());
        sendHtml(response, HttpServletResponse.SC_OK, lang, html);
    }
}
