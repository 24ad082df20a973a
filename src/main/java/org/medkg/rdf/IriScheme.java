package org.medkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Mints medkg's IRIs under a base (documented in {@code ontology/README.md}). Every key is encoded as one
 * IRI path segment (Unicode letters kept, reserved and unsafe characters percent-encoded) and the result
 * is resolved against the base and checked with Jena's IRIx, so any text gives a valid IRI.
 */
public final class IriScheme {
    /** The default base, {@value}. */
    public static final String DEFAULT_BASE = "https://w3id.org/medkg/";

    private final IRIx base;

    public IriScheme(String base) {
        IRIx parsed = IRIx.create(base.endsWith("/") || base.endsWith("#") ? base : base + "/");
        if (!parsed.isAbsolute() || !parsed.resolve("x").str().equals(parsed.str() + "x")) {
            throw new IllegalArgumentException("base IRI must be absolute, without query or fragment: " + base);
        }
        this.base = parsed;
    }

    public String base() {
        return base.str();
    }

    public Node disease(String language, String englishName, String name) {
        if (englishName != null && !englishName.isBlank()) {
            // As the English Wikipedia title: spaces as '_', first letter upper case (one key across languages).
            String title = englishName.strip().replaceAll("[ _]+", "_");
            int first = title.codePointAt(0);
            return mint("disease/" + segment(new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                    .append(title, Character.charCount(first), title.length()).toString()));
        }
        return mint("disease/" + segment(language) + "/" + segment(name.replace(' ', '_')));
    }

    public Node code(String system, String value) {
        return mint("code/" + segment(system.replace(' ', '_')) + "/" + segment(value));
    }

    public Node category(String language, String name) {
        return mint("category/" + segment(language) + "/" + segment(name.replace(' ', '_')));
    }

    public Node citation(String doi, String pmid, String fallbackKey) {
        if (doi != null) {
            return mint("citation/doi/" + segment(doi.toLowerCase(Locale.ROOT)));
        }
        if (pmid != null) {
            return mint("citation/pmid/" + segment(pmid));
        }
        return mint("citation/sha1/" + sha1(fallbackKey).substring(0, 20));
    }

    /** A gene, by its symbol as the text writes it (HGNC symbols are case-sensitive: C9orf72). */
    public Node gene(String symbol) {
        return mint("gene/" + segment(symbol));
    }

    public Node protein(String key) {
        return mint("protein/" + segment(key.replace(' ', '_')));
    }

    /** A drug, by its English name in lower case when known, else its name as written. */
    public Node drug(String name) {
        return mint("drug/" + segment(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_')));
    }

    public Node graph(String language, String key) {
        return mint("graph/" + segment(language) + "/" + segment(key.replace(' ', '_')));
    }

    public Node software(String version) {
        return mint("software/medkg/" + segment(version));
    }

    /** A treatment that is not a drug, by its name in the article's language. */
    public Node therapy(String language, String name) {
        return mint("therapy/" + segment(language) + "/" + segment(name.replace(' ', '_')));
    }

    public Node symptom(String language, String name) {
        return mint("symptom/" + segment(language) + "/" + segment(name.replace(' ', '_')));
    }

    /** The page of a Wikipedia article. */
    public static Node wikipediaPage(String language, String title) {
        return external("https://" + segment(language) + ".wikipedia.org/wiki/" + wikiPath(title));
    }

    /** A Wikipedia revision. */
    public static Node wikipediaRevision(String language, long revisionId) {
        return external("https://" + segment(language) + ".wikipedia.org/w/index.php?oldid=" + revisionId);
    }

    /** A file on Wikimedia Commons, through its stable file-path redirect. */
    public static Node commonsFile(String fileName) {
        return external("https://commons.wikimedia.org/wiki/Special:FilePath/" + wikiPath(fileName));
    }

    /** The identifiers.org IRI of an HGNC gene symbol. */
    public static Node hgncSymbol(String symbol) {
        return external("https://identifiers.org/hgnc.symbol:" + segment(symbol));
    }

    /** The identifiers.org IRI of a DrugBank accession number. */
    public static Node drugbank(String id) {
        return external("https://identifiers.org/drugbank:" + segment(id));
    }

    /** The identifiers.org IRI of an NCBI Gene id. */
    public static Node ncbiGene(String id) {
        return external("https://identifiers.org/ncbigene:" + segment(id));
    }

    public static Node doi(String doi) {
        return external("https://doi.org/" + path(doi, "/:;()"));
    }

    public static Node pubmed(String pmid) {
        return external("https://pubmed.ncbi.nlm.nih.gov/" + segment(pmid));
    }

    /** An IRI from the article's text (a URL it cites), or null when it is not a valid absolute IRI. */
    public static Node fromText(String url) {
        try {
            IRIx iri = IRIx.create(url.strip());
            return !iri.isRelative() && !iri.hasViolations() ? NodeFactory.createURI(iri.str()) : null;
        } catch (IRIException e) {
            return null;
        }
    }

    private Node mint(String relative) {
        return NodeFactory.createURI(base.resolve(relative).str());
    }

    private static Node external(String iri) {
        return NodeFactory.createURI(IRIx.create(iri).str());
    }

    private static String wikiPath(String title) {
        return path(title.strip().replace(' ', '_'), ":/(),'!*");
    }

    /** One path segment: letters and digits of any script and {@code -._~} kept, the rest percent-encoded. */
    public static String segment(String text) {
        String s = path(text, "");
        // "." and ".." would be removed as dot segments when resolved against the base.
        return s.equals(".") || s.equals("..") ? s.replace(".", "%2E") : s;
    }

    private static String path(String text, String alsoKeep) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean keep = cp < 128
                    ? Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0 || alsoKeep.indexOf(cp) >= 0
                    : cp >= 0xA0 && Character.isLetterOrDigit(cp) && cp < 0xE000;
            if (keep) {
                b.appendCodePoint(cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HexFormat.of().withUpperCase().toHexDigits(x));
                }
            }
        });
        return b.toString();
    }

    private static String sha1(String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
