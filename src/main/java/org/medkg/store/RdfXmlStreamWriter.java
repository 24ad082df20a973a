package org.medkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.SplitIRI;

/**
 * Writes RDF/XML as the triples arrive, holding nothing but the current subject: Jena's RDF/XML writers
 * need a whole graph (the "pretty" one a model in memory), so a store larger than the heap could not be
 * exported with them. Each run of triples with the same subject becomes one {@code rdf:Description};
 * give the triples grouped by subject (as TDB2's indexes return them) for a compact file. Quads are written
 * as their triples (RDF/XML has no named graphs).
 *
 * <p>Namespaces: the prefixes given are declared on {@code rdf:RDF}; a predicate outside them gets a
 * namespace declared on its own element. A predicate IRI that cannot be split into an XML namespace and
 * local name, or text with characters XML 1.0 cannot hold, is an error (as in Jena's writers).
 */
final class RdfXmlStreamWriter extends StreamRDFBase {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final Writer out;
    private final Map<String, String> namespaces = new HashMap<>();
    private final PrefixMap prefixes;
    private Node subject;

    RdfXmlStreamWriter(OutputStream out, PrefixMap prefixes) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.prefixes = prefixes;
    }

    @Override
    public void start() {
        namespaces.put(RDF, "rdf");
        prefixes.forEach((p, iri) -> {
            if (isNcName(p) && !p.toLowerCase().startsWith("xml") && !namespaces.containsKey(iri)
                    && !iri.equals(RDF)) {
                namespaces.put(iri, p);
            }
        });
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        namespaces.forEach((iri, p) -> write("\n    xmlns:" + p + "=\"" + attr(iri) + "\""));
        write(">\n");
    }

    @Override
    public void triple(Triple t) {
        if (!t.getSubject().equals(subject)) {
            endSubject();
            subject = t.getSubject();
            write("  <rdf:Description " + (subject.isBlank() ? "rdf:nodeID=\"" + nodeId(subject) + "\""
                    : "rdf:about=\"" + attr(uri(subject)) + "\"") + ">\n");
        }
        String p = uri(t.getPredicate());
        int split = SplitIRI.splitXML(p);
        if (split <= 0 || split >= p.length()) {
            throw new RiotException("cannot write the predicate <" + p + "> in RDF/XML (no XML local name)");
        }
        String ns = p.substring(0, split);
        String local = p.substring(split);
        String prefix = namespaces.get(ns);
        String element = (prefix != null ? prefix : "j.0") + ":" + local;
        write("    <" + element);
        if (prefix == null) {
            write(" xmlns:j.0=\"" + attr(ns) + "\"");
        }
        Node o = t.getObject();
        if (o.isURI()) {
            write(" rdf:resource=\"" + attr(o.getURI()) + "\"/>\n");
        } else if (o.isBlank()) {
            write(" rdf:nodeID=\"" + nodeId(o) + "\"/>\n");
        } else if (o.isLiteral()) {
            if (o.getLiteralBaseDirection() != null) {
                throw new RiotException("RDF/XML cannot hold a literal with a base direction: " + o);
            }
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                write(" xml:lang=\"" + attr(lang) + "\"");
            } else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                write(" rdf:datatype=\"" + attr(o.getLiteralDatatypeURI()) + "\"");
            }
            write(">" + text(o.getLiteralLexicalForm()) + "</" + element + ">\n");
        } else {
            throw new RiotException("RDF/XML cannot hold " + o);
        }
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public void finish() {
        endSubject();
        write("</rdf:RDF>\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endSubject() {
        if (subject != null) {
            write("  </rdf:Description>\n");
            subject = null;
        }
    }

    private static String uri(Node n) {
        if (!n.isURI()) {
            throw new RiotException("RDF/XML needs an IRI here, not " + n);
        }
        return n.getURI();
    }

    /** A blank node's label as an XML name: letters and digits kept, anything else as {@code _HEX_}. */
    private static String nodeId(Node b) {
        String label = b.getBlankNodeLabel();
        StringBuilder s = new StringBuilder("b");
        label.codePoints().forEach(c -> {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                s.append((char) c);
            } else {
                s.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return s.toString();
    }

    private static boolean isNcName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_');
    }

    private static String attr(String s) {
        return escape(s, true);
    }

    private static String text(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#13;");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    boolean legal = c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c);
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (legal) {
                        b.append(c);
                    } else {
                        throw new RiotException(String.format("RDF/XML (XML 1.0) cannot hold the character U+%04X", (int) c));
                    }
                }
            }
        }
        return b.toString();
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
