package org.medkg.serve;

/**
 * A tiny HTML writer: text and attribute values are always escaped, so nothing from an article (a title, a
 * sentence, a caption) can become markup. Tags come only from this package's own string constants.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes {@code & < > " '} (text and double- or single-quoted attribute values alike). */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends markup written in this package (never article text). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends {@code <tag class="cls">escaped text</tag>}. */
    Html element(String tag, String cls, String text) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(escape(cls)).append('"');
        }
        return raw(">").text(text).raw("</" + tag + ">");
    }

    /** Appends a link; only http(s) and server-relative targets become links, anything else plain text. */
    Html link(String href, String text) {
        if (!isSafeHref(href)) {
            return text(text);
        }
        return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
    }

    static boolean isSafeHref(String href) {
        return href != null && (href.startsWith("/") && !href.startsWith("//") || href.startsWith("http://")
                || href.startsWith("https://"));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
