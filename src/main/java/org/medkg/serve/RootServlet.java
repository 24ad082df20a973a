package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * The server's root ({@code /}: the home page) and every IRI medkg mints: {@code GET BASE+P} answers at
 * {@code /P} with {@code 303 See Other} to its page ({@code /page/P}) or its data document
 * ({@code /data/P.ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}), chosen by {@code Accept}; 404 for an IRI
 * the store does not know, 406 when the client accepts none of the representations.
 */
final class RootServlet extends SiteServlet {
    /** The page first: what a client that says nothing (or {@code *}/{@code *}) gets. */
    private static final List<DocumentFormat> OFFERS = List.of(DocumentFormat.values());

    RootServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/") || path.isEmpty()) {
            DisplayLanguage lang = language(request);
            sendHtml(response, HttpServletResponse.SC_OK, lang, HomePage.render(site, lang));
            return;
        }
        Node resource = site.mapping().resourceFor(path);
        if (resource == null || !site.describer().exists(resource)) {
            notFound(request, response);
            return;
        }
        DocumentFormat format = DocumentFormat.negotiate(request.getHeader("Accept"), OFFERS);
        response.addHeader("Vary", "Accept");
        if (format == null) {
            sendError(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "badRequest",
                    "this resource is available as text/html, text/turtle, application/ld+json, "
                            + "application/n-triples and application/rdf+xml");
            return;
        }
        String local = site.mapping().localPath(resource);
        String target = format == DocumentFormat.HTML ? "/page" + local : "/data" + local + "." + format.extension();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
        response.setContentLength(0);
    }
}
