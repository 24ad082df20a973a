package org.medkg.serve;

import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations a resource has: four RDF syntaxes (each with its file extension for the data document)
 * and the HTML page. {@link #negotiate} picks one from an {@code Accept} header, as the linked-data pattern wants.
 */
public enum DocumentFormat {
    HTML("HTML", "html", "text/html", null),
    TURTLE("Turtle", "ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("JSON-LD", "jsonld", "application/ld+json", RDFFormat.JSONLD11),
    NTRIPLES("N-Triples", "nt", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("RDF/XML", "rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    /** The RDF syntaxes only. */
    public static final List<DocumentFormat> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    private final String displayName;
    private final String extension;
    private final String mediaType;
    private final RDFFormat rdfFormat;

    DocumentFormat(String displayName, String extension, String mediaType, RDFFormat rdfFormat) {
        this.displayName = displayName;
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    public String displayName() {
        return displayName;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The value of a {@code Content-Type} header. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public Lang lang() {
        return rdfFormat == null ? null : rdfFormat.getLang();
    }

    /** The format whose extension this is, or null. */
    public static DocumentFormat ofExtension(String extension) {
        for (DocumentFormat f : values()) {
            if (f.extension.equals(extension)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The best of {@code offers} for an {@code Accept} header, honouring q-values; the first offer when the
     * header is absent or names no media type; null when the client accepts none of them (406).
     */
    public static DocumentFormat negotiate(String accept, List<DocumentFormat> offers) {
        if (accept == null || accept.indexOf('/') < 0) {
            return offers.get(0);
        }
        AcceptList wanted;
        try {
            wanted = new AcceptList(accept);
        } catch (RuntimeException e) {
            return offers.get(0);
        }
        AcceptList offered = new AcceptList(offers.stream().map(f -> new MediaRange(f.mediaType)).toList());
        MediaType match = AcceptList.match(wanted, offered);
        if (match == null) {
            return null;
        }
        for (DocumentFormat f : offers) {
            if (f.mediaType.equals(match.getContentTypeStr())) {
                return f;
            }
        }
        return null;
    }
}
