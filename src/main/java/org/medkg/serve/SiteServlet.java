package org.medkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.medkg.rdf.OutputFormat;

/** The base of the server's own servlets: language choice, and sending pages, data documents and errors. */
abstract class SiteServlet extends HttpServlet {
    private static final Messages WORDS = Messages.bundled();

    protected final transient Site site;

    SiteServlet(Site site) {
        this.site = site;
    }

    static DisplayLanguage language(HttpServletRequest request) {
        return DisplayLanguage.choose(request.getParameter("lang"), request.getHeader("Accept-Language"));
    }

    /** The path below this servlet's mapping, raw (percent-encoded), starting with "/" ("/" when there is none). */
    static String rawPathAfter(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI();
        String rest = uri.length() > prefix.length() ? uri.substring(prefix.length()) : "/";
        return rest.startsWith("/") ? rest : "/" + rest;
    }

    static void sendHtml(HttpServletResponse response, int status, DisplayLanguage lang, String html)
            throws IOException {
        response.setHeader("Content-Language", lang.tag());
        response.addHeader("Vary", "Accept-Language");
        sendBytes(response, status, DocumentFormat.HTML.contentType(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** A whole response body at once, with its length (so Jetty needs no streaming buffer). */
    static void sendBytes(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** Writes a graph in an RDF syntax, with medkg's prefixes. */
    void sendGraph(HttpServletResponse response, Graph graph, DocumentFormat format) throws IOException {
        OutputFormat.prefixes(site.mapping().base()).forEach((prefix, iri) -> graph.getPrefixMapping().setNsPrefix(prefix, iri));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setHeader("Access-Control-Allow-Origin", "*");
        try (OutputStream out = response.getOutputStream()) {
            RDFWriter.source(graph).format(format.rdfFormat()).output(out);
        }
    }

    /** A 404 (or another error): an HTML page for browsers, plain text for everything else. */
    static void sendError(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                          String detail) throws IOException {
        DisplayLanguage lang = language(request);
        DocumentFormat wanted = DocumentFormat.negotiate(request.getHeader("Accept"),
                List.of(DocumentFormat.HTML, DocumentFormat.TURTLE));
        if (wanted == DocumentFormat.HTML) {
            Html h = new Html().raw("<h1>").text(WORDS.get(lang, titleKey)).raw("</h1>\n<p>").text(detail).raw("</p>\n");
            sendHtml(response, status, lang, PageLayout.page(lang, WORDS.get(lang, titleKey), "/", Map.of(), Map.of(),
                    h.toString()));
        } else {
            sendBytes(response, status, "text/plain; charset=utf-8",
                    (WORDS.get(DisplayLanguage.EN, titleKey) + ": " + detail + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        sendError(request, response, HttpServletResponse.SC_NOT_FOUND, "notFound",
                WORDS.get(language(request), "notFoundText"));
    }

    /** scheme://host:port of the request, for absolute IRIs in documents that need them (VoID). */
    static String origin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }
}
