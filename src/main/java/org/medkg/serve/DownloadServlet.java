package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.medkg.rdf.OutputFormat;
import org.medkg.store.StoreExporter;

/**
 * {@code /download/medkg.ttl}, {@code .nq}, {@code .jsonld}: the whole store, streamed by
 * {@link StoreExporter} (Turtle merges the article graphs; N-Quads and JSON-LD keep them).
 */
final class DownloadServlet extends SiteServlet {
    static final String PREFIX = "/download/";
    private static final Map<String, OutputFormat> FILES = Map.of("medkg.ttl", OutputFormat.TTL,
            "medkg.nq", OutputFormat.NQ, "medkg.jsonld", OutputFormat.JSONLD);

    DownloadServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getRequestURI().substring(PREFIX.length());
        OutputFormat format = FILES.get(file);
        if (format == null) {
            notFound(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(VoidDescription.DUMPS.get(file) + "; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        try (OutputStream out = response.getOutputStream()) {
            new StoreExporter(site.store()).export(format, null, out);
        }
    }
}
