package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /.well-known/void}: the dataset's VoID description, in the RDF syntax the client accepts. */
final class VoidServlet extends SiteServlet {
    static final String PATH = "/.well-known/void";

    VoidServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentFormat format = DocumentFormat.negotiate(request.getHeader("Accept"), DocumentFormat.RDF);
        response.addHeader("Vary", "Accept");
        if (format == null) {
            format = DocumentFormat.TURTLE;
        }
        sendGraph(response, VoidDescription.of(site.summary(), origin(request), site.mapping().base()), format);
    }
}
