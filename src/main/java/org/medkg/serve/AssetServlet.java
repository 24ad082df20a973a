package org.medkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /assets/NAME}: the bundled files the pages use. Only the names listed here are served, read from the
 * jar: no path from a request ever reaches a file system.
 */
final class AssetServlet extends SiteServlet {
    static final String PREFIX = "/assets/";
    private static final Map<String, String> ASSETS = Map.of("style.css", "text/css; charset=utf-8");

    AssetServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getRequestURI().substring(PREFIX.length());
        String type = ASSETS.get(name);
        if (type == null) {
            notFound(request, response);
            return;
        }
        byte[] body;
        try (InputStream in = AssetServlet.class.getResourceAsStream(name)) {
            body = in.readAllBytes();
        }
        response.setHeader("Cache-Control", "public, max-age=3600");
        sendBytes(response, HttpServletResponse.SC_OK, type, body);
    }
}
