package org.medkg.wikitext;

import java.util.Set;

/** MediaWiki's fixed syntax vocabulary: tag families and magic words (not wiki-specific, so not data). */
final class Syntax {

    /** Extension tags whose content is kept verbatim. */
    static final Set<String> OPAQUE_TAGS = Set.of("nowiki", "pre", "math", "chem", "ce", "gallery",
            "syntaxhighlight", "source", "score", "timeline", "hiero", "imagemap", "graph", "templatedata",
            "mapframe", "maplink", "inputbox", "categorytree", "charinsert", "templatestyles", "indicator");

    /** Extension tags whose content is wikitext, parsed as a scope of its own. */
    static final Set<String> CONTAINER_TAGS = Set.of("ref", "references", "poem");

    /** HTML tags MediaWiki lets through, kept as single tag nodes. */
    static final Set<String> HTML_TAGS = Set.of("br", "b", "i", "u", "s", "small", "big", "sub", "sup", "span",
            "div", "font", "center", "code", "tt", "var", "kbd", "samp", "abbr", "cite", "dfn", "em", "strong",
            "strike", "del", "ins", "mark", "q", "ruby", "rb", "rp", "rt", "rtc", "p", "hr", "blockquote", "ol",
            "ul", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "caption",
            "thead", "tbody", "tfoot", "wbr", "bdi", "bdo", "data", "time", "onlyinclude", "includeonly",
            "noinclude", "section");

    /** Behaviour switches written {@code __WORD__}. */
    static final Set<String> MAGIC_WORDS = Set.of("NOTOC", "TOC", "FORCETOC", "NOEDITSECTION",
            "NEWSECTIONLINK", "NONEWSECTIONLINK", "NOGALLERY", "HIDDENCAT", "NOTITLECONVERT", "NOTC",
            "NOCONTENTCONVERT", "NOCC", "INDEX", "NOINDEX", "STATICREDIRECT", "DISAMBIG",
            "EXPECTUNUSEDCATEGORY", "EXPECTED_UNCONNECTED_PAGE");

    /** Names that make {@code {{name:…}}} a parser function rather than a template. */
    static final Set<String> FUNCTIONS = Set.of("lc", "uc", "lcfirst", "ucfirst", "urlencode", "anchorencode",
            "formatnum", "padleft", "padright", "fullurl", "fullurle", "localurl", "localurle", "canonicalurl",
            "filepath", "ns", "nse", "int", "plural", "grammar", "gender", "tag", "displaytitle", "defaultsort",
            "defaultsortkey", "defaultcategorysort", "pagesincategory", "numberingroup", "language", "special",
            "bidi", "msg", "raw", "noexternallanglinks");

    /** Prefixes of {@code {{prefix:Name}}} that modify a transclusion and are not part of its name. */
    static final Set<String> TRANSCLUSION_MODIFIERS = Set.of("subst", "safesubst", "msgnw");

    private Syntax() {
    }

    static boolean isUrlSchemeAt(CharSequence s, int i) {
        return startsWithIgnoreCase(s, i, "http://") || startsWithIgnoreCase(s, i, "https://")
                || startsWithIgnoreCase(s, i, "ftp://") || startsWithIgnoreCase(s, i, "//")
                || startsWithIgnoreCase(s, i, "mailto:") || startsWithIgnoreCase(s, i, "news:")
                || startsWithIgnoreCase(s, i, "irc://") || startsWithIgnoreCase(s, i, "ftps://");
    }

    static boolean isBareUrlSchemeAt(CharSequence s, int i) {
        return startsWithIgnoreCase(s, i, "http://") || startsWithIgnoreCase(s, i, "https://")
                || startsWithIgnoreCase(s, i, "ftp://");
    }

    static boolean startsWithIgnoreCase(CharSequence s, int i, String prefix) {
        int n = prefix.length();
        if (i + n > s.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a URL may continue with this character (MediaWiki's EXT_LINK_URL_CLASS, minus CJK punctuation). */
    static boolean isUrlChar(char c) {
        return c > ' ' && c != '[' && c != ']' && c != '<' && c != '>' && c != '"' && c != '{' && c != '}'
                && c != '|' && c != 0x7F && c != '\u00A0' && c != '\u3000' && !(c >= '\u3001' && c <= '\u303F')
                && !(c >= '\uFF01' && c <= '\uFF0F') && !(c >= '\uFF1A' && c <= '\uFF20') && c != '\uFFFD';
    }
}
