package org.medkg.source;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML side of a MediaWiki export: a StAX (Woodstox) factory set up safely, and the reading of the header
 * ({@code <siteinfo>}) and of one {@code <page>}. Elements are matched by local name, so the export schema's
 * version (0.10, 0.11, …) does not matter, and unknown elements are stepped over.
 *
 * <p>Safety: no DTD is processed (so no entity can be declared, expanded or fetched), external entities
 * are off and any resolver request fails, and text, attribute, depth and entity limits are finite.
 */
final class DumpXml {
    /** The longest text (one page's wikitext) read, in characters; Wikipedia caps pages at 2 MB. */
    static final int MAX_TEXT = 64 << 20;

    private static final Pattern TITLE = Pattern.compile("<title>([^<]{0,512})</title>");
    private static final Pattern PAGE_ID = Pattern.compile("<id>\\s*(\\d{1,19})\\s*</id>");
    private static final Pattern DBNAME = Pattern.compile("([a-z][a-z0-9_]*?)wiki");
    private static final Pattern WIKI_HOST =
            Pattern.compile("(?i)^[a-z]+://([a-z]{2,3}(?:-[a-z0-9]+)*)\\.(?:m\\.)?wiki[a-z]+\\.org(?:[:/].*)?$");

    private DumpXml() {
    }

    /** A StAX factory that reads no DTD and no external entity, with generous but finite limits. */
    static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(org.codehaus.stax2.XMLInputFactory2.P_LAZY_PARSING, false); // errors at next(), checked
        f.setProperty(XMLInputFactory.RESOLVER, (javax.xml.stream.XMLResolver) (publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity not read: " + systemId);
        });
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
        f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, 4L * MAX_TEXT);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 1 << 20);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 256);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 256);
        f.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, 10_000_000);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, 100_000_000L);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 100_000L);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 8);
        f.setProperty(WstxInputProperties.P_MAX_DTD_DEPTH, 8);
        return f;
    }

    /** What the header says: the wiki's language (or null), the export version and the namespace names. */
    record SiteInfo(String language, String dbname, String base, String version, Map<String, Integer> namespaces) {

        /** The namespace of a title from its prefix, for exports without {@code <ns>}. */
        int namespaceOf(String title) {
            int colon = title.indexOf(':');
            if (colon <= 0) {
                return 0;
            }
            Integer key = namespaces.get(title.substring(0, colon).trim().replace('_', ' ').toLowerCase(Locale.ROOT));
            return key == null ? 0 : key;
        }
    }

    /** A page as read: null fields were absent. */
    static final class Page {
        String title;
        Integer ns;
        Long id;
        String redirect;
        Long revisionId;
        String timestamp;
        String text;
        String model;
    }

    /** A broken piece of XML, with where it broke (in the dump's lines) and the page's title and id if known. */
    static final class BrokenXml extends Exception {
        final int line;
        final int column;
        final String title;
        final Long pageId;
        /** For a header: what was read of it before it broke, when it is a MediaWiki export at all. */
        final SiteInfo partial;

        BrokenXml(String message, int line, int column, String title, Long pageId) {
            this(message, line, column, title, pageId, null);
        }

        BrokenXml(String message, int line, int column, String title, Long pageId, SiteInfo partial) {
            super(message);
            this.line = line;
            this.column = column;
            this.title = title;
            this.pageId = pageId;
            this.partial = partial;
        }
    }

    /**
     * Reads the header, which starts at (line, column) of the dump: the root must be {@code <mediawiki>};
     * reading stops after {@code </siteinfo>}.
     */
    static SiteInfo header(XMLInputFactory f, String xml, int line, int column) throws BrokenXml {
        String lang = null;
        String version = null;
        String dbname = null;
        String base = null;
        Map<String, Integer> namespaces = new HashMap<>();
        boolean root = false;
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (!root) {
                    if (!name.equals("mediawiki")) {
                        throw broken(new XMLStreamException("not a MediaWiki XML export: the root element is <"
                                + name + ">", r.getLocation()), line, column, null, null);
                    }
                    root = true;
                    version = r.getAttributeValue(null, "version");
                    lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                    continue;
                }
                if (name.equals("siteinfo")) {
                    while (r.hasNext()) {
                        ev = r.next();
                        if (ev == XMLStreamConstants.END_ELEMENT) {
                            break;
                        }
                        if (ev != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        switch (r.getLocalName()) {
                            case "dbname" -> dbname = r.getElementText().trim();
                            case "base" -> base = r.getElementText().trim();
                            case "namespaces", "namespacealiases" -> namespaces(r, namespaces);
                            default -> skip(r);
                        }
                    }
                    break;
                }
                skip(r);
            }
        } catch (XMLStreamException | RuntimeException e) {
            // the header is cut before the first <page>: running out of it is expected
            if (!(root && e instanceof WstxEOFException)) {
                BrokenXml b = broken(e, line, column, null, null);
                throw root ? new BrokenXml(b.getMessage(), b.line, b.column, null, null, new SiteInfo(
                        language(dbname, base, lang), dbname, base, version, Map.copyOf(namespaces))) : b;
            }
        } finally {
            close(r);
        }
        if (!root) {
            throw new BrokenXml("not a MediaWiki XML export: no <mediawiki> element", line, column, null, null);
        }
        return new SiteInfo(language(dbname, base, lang), dbname, base, version, Map.copyOf(namespaces));
    }

    /** The wiki's language: from the database name (zhwiki → zh), else the base URL's host, else xml:lang. */
    static String language(String dbname, String base, String xmlLang) {
        if (dbname != null) {
            Matcher m = DBNAME.matcher(dbname.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                return m.group(1).replace('_', '-');
            }
        }
        if (base != null) {
            Matcher m = WIKI_HOST.matcher(base);
            if (m.matches()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return xmlLang == null || xmlLang.isBlank() ? null : xmlLang.trim().toLowerCase(Locale.ROOT);
    }

    private static void namespaces(XMLStreamReader r, Map<String, Integer> into) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String key = r.getAttributeValue(null, "key");
                String name = r.getElementText().trim();
                if (key != null && !name.isEmpty()) {
                    try {
                        into.put(name.replace('_', ' ').toLowerCase(Locale.ROOT), Integer.parseInt(key.trim()));
                    } catch (NumberFormatException e) {
                        // an odd key: the namespace is just not known by name
                    }
                }
            }
        }
    }

    /**
     * Reads one {@code <page>…</page>} piece that starts at (line, column) of the dump. Stops early, without
     * reading the text, once the namespace is known not to be wanted ({@code wanted} false for it).
     */
    static Page page(XMLInputFactory f, String xml, int line, int column, IntPredicate wanted)
            throws BrokenXml {
        Page p = new Page();
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // to <page>
            }
            if (!r.isStartElement() || !r.getLocalName().equals("page")) {
                throw new XMLStreamException("expected <page>", r.getLocation());
            }
            while (nextChild(r)) {
                switch (r.getLocalName()) {
                    case "title" -> p.title = r.getElementText();
                    case "ns" -> {
                        p.ns = parseInt(r.getElementText());
                        if (p.ns != null && !wanted.test(p.ns)) {
                            return p;
                        }
                    }
                    case "id" -> p.id = parseLong(r.getElementText());
                    case "redirect" -> {
                        String target = r.getAttributeValue(null, "title");
                        p.redirect = target != null ? target : "";
                        skip(r);
                    }
                    case "revision" -> revision(r, p);
                    default -> skip(r);
                }
            }
            while (r.hasNext()) { // the rest must be well-formed too
                r.next();
            }
            return p;
        } catch (XMLStreamException | RuntimeException e) {
            String title = p.title;
            Long id = p.id;
            if (title == null) {
                Matcher m = TITLE.matcher(xml);
                title = m.find() ? m.group(1) : null;
            }
            if (id == null) {
                Matcher m = PAGE_ID.matcher(xml);
                id = m.find() ? parseLong(m.group(1)) : null;
            }
            throw broken(e, line, column, title, id);
        } finally {
            close(r);
        }
    }

    /** Moves to the next child element of the current element; false at the current element's end. */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private static void revision(XMLStreamReader r, Page p) throws XMLStreamException {
        Long id = null;
        String timestamp = null;
        String text = null;
        String model = null;
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "id" -> id = parseLong(r.getElementText());
                case "timestamp" -> timestamp = r.getElementText().trim();
                case "model" -> model = r.getElementText().trim();
                case "text" -> {
                    boolean deleted = r.getAttributeValue(null, "deleted") != null;
                    String t = r.getElementText();
                    text = deleted ? null : t;
                }
                default -> skip(r);
            }
        }
        if (text != null || p.text == null) { // the last revision with text (a history dump lists them in order)
            p.revisionId = id;
            p.timestamp = timestamp;
            p.text = text;
            p.model = model;
        }
    }

    /** Steps over the element whose start tag was just read. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The error as broken XML at its place in the dump. Woodstox may also throw unchecked exceptions (a lazy
     * parse's, or on a limit); they are broken XML as well, at their cause's location when it has one.
     */
    private static BrokenXml broken(Exception error, int line, int column, String title, Long id) {
        Exception e = error;
        if (e instanceof RuntimeException && e.getCause() instanceof XMLStreamException x) {
            e = x;
        }
        Location at = e instanceof XMLStreamException x ? x.getLocation() : null;
        int l = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : 1;
        int c = at != null && at.getColumnNumber() > 0 ? at.getColumnNumber() : 1;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf("\n at [row,col");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        message = message.replace('\n', ' ').strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        if (message.startsWith("ParseError at [row,col]:")) { // the JDK's parser, should it be used
            int nl = message.indexOf("Message:");
            message = nl >= 0 ? message.substring(nl + 8).strip() : message;
        }
        return new BrokenXml(message, line + l - 1, l == 1 ? column + c - 1 : c, title, id);
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing held
            }
        }
    }
}
