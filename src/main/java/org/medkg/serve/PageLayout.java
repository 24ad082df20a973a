package org.medkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The frame every HTML page shares: head with the stylesheet and the alternate data links, a bar with the
 * search box and the language switch, and a footer with the endpoint, VoID and download links. Plain HTML:
 * everything works without JavaScript.
 */
final class PageLayout {
    private static final Messages WORDS = Messages.bundled();

    private PageLayout() {
    }

    /**
     * A whole page.
     *
     * @param path       the page's own path (for the language switch), ASCII, starting with "/"
     * @param query      its other query parameters (kept by the switch), may be empty
     * @param alternates media type → href of the page's data documents (may be empty)
     * @param body       the page's main content, markup built with {@link Html}
     */
    static String page(DisplayLanguage lang, String title, String path, Map<String, String> query,
                       Map<String, String> alternates, String body) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"").text(lang.tag()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text(title).raw(" · medkg</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n");
        alternates.forEach((type, href) -> h.raw("<link rel=\"alternate\" type=\"").text(type).raw("\" href=\"")
                .text(href).raw("\">\n"));
        h.raw("</head>\n<body>\n<header class=\"bar\">\n<a class=\"brand\" href=\"").text(withLang("/", Map.of(), lang))
                .raw("\">medkg</a>\n<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .raw("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"")
                .text(WORDS.get(lang, "searchPlaceholder")).raw("\" aria-label=\"").text(WORDS.get(lang, "search"))
                .raw("\" value=\"").text(query.getOrDefault("q", "")).raw("\" maxlength=\"200\">")
                .raw("<input type=\"hidden\" name=\"lang\" value=\"").text(lang.tag()).raw("\">")
                .raw("<button type=\"submit\">").text(WORDS.get(lang, "search")).raw("</button></form>\n")
                .raw("<nav class=\"languages\" aria-label=\"").text(WORDS.get(lang, "language")).raw("\">");
        for (DisplayLanguage other : DisplayLanguage.values()) {
            if (other == lang) {
                h.raw("<strong lang=\"").text(other.tag()).raw("\">").text(other.nativeName()).raw("</strong> ");
            } else {
                h.raw("<a lang=\"").text(other.tag()).raw("\" hreflang=\"").text(other.tag()).raw("\" href=\"")
                        .text(withLang(path, query, other)).raw("\">").text(other.nativeName()).raw("</a> ");
            }
        }
        h.raw("</nav>\n</header>\n<main>\n").raw(body).raw("</main>\n<footer>\n")
                .link("/sparql", WORDS.get(lang, "endpoint")).raw(" · ")
                .link(withLang("/query", Map.of(), lang), WORDS.get(lang, "sparql")).raw(" · ")
                .link("/.well-known/void", WORDS.get(lang, "void")).raw(" · ").text(WORDS.get(lang, "downloads"))
                .raw(": ").link("/download/medkg.ttl", "Turtle").raw(", ").link("/download/medkg.nq", "N-Quads")
                .raw(", ").link("/download/medkg.jsonld", "JSON-LD").raw("\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** {@code path} with its query parameters and {@code lang}, encoded. */
    static String withLang(String path, Map<String, String> query, DisplayLanguage lang) {
        StringBuilder b = new StringBuilder(path).append('?');
        query.forEach((k, v) -> {
            if (!k.equals("lang")) {
                b.append(encode(k)).append('=').append(encode(v)).append('&');
            }
        });
        return b.append("lang=").append(lang.tag()).toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
