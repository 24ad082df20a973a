package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * {@code /data/P.EXT}: the data document of the resource {@code BASE+P} in the syntax of the extension
 * ({@code ttl}, {@code jsonld}, {@code nt}, {@code rdf}); {@code /data/P} negotiates the syntax on
 * {@code Accept} (Turtle by default).
 */
final class DataServlet extends SiteServlet {
    static final String PREFIX = "/data";

    DataServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = rawPathAfter(request, PREFIX);
        DocumentFormat format = null;
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            format = DocumentFormat.ofExtension(path.substring(dot + 1));
            if (format == DocumentFormat.HTML) {
                format = null;
            }
            if (format != null) {
                path = path.substring(0, dot);
            }
        }
        Node resource = site.mapping().resourceFor(path);
        Graph doc = resource == null ? null : site.describer().describe(resource);
        if (doc == null) {
            notFound(request, response);
            return;
        }
        if (format == null) {
            response.addHeader("Vary", "Accept");
            format = DocumentFormat.negotiate(request.getHeader("Accept"), DocumentFormat.RDF);
            if (format == null) {
                sendError(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "badRequest",
                        "data documents are text/turtle, application/ld+json, application/n-triples or application/rdf+xml");
                return;
            }
        }
        sendGraph(response, doc, format);
    }
}
