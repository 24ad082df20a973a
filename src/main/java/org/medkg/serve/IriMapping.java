package org.medkg.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.medkg.rdf.IriScheme;

/**
 * The documented mapping between the IRIs medkg mints and the server's paths: the IRI {@code BASE + P} answers
 * at the server's path {@code /P}. A request path is put in the form the IRI was minted in (each segment
 * decoded, then encoded again as {@link IriScheme#segment} does), so {@code /category/zh/%E7%99%8C},
 * {@code /category/zh/癌} and a request with literal parentheses all name the same resource.
 */
public final class IriMapping {
    private final String base;

    public IriMapping(String base) {
        this.base = new IriScheme(base).base();
    }

    public String base() {
        return base;
    }

    /** The resource a request path (raw, still percent-encoded, starting with "/") names; null if malformed. */
    public Node resourceFor(String rawPath) {
        String local = canonicalPath(rawPath);
        return local == null || local.isEmpty() ? null : NodeFactory.createURI(base + local);
    }

    /**
     * The path below the server's root in minted form (no leading "/"), or null when a segment is not valid
     * percent-encoded UTF-8 or is a dot segment.
     */
    static String canonicalPath(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return null;
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        StringBuilder b = new StringBuilder(rawPath.length());
        for (int i = 0; i < segments.length; i++) {
            String decoded = decode(segments[i]);
            if (decoded == null || decoded.isEmpty() || decoded.equals(".") || decoded.equals("..")) {
                return null;
            }
            b.append(i == 0 ? "" : "/").append(IriScheme.segment(decoded));
        }
        return b.toString();
    }

    /** True when the IRI is one this server answers for (it starts with the base). */
    public boolean isLocal(Node node) {
        return node.isURI() && node.getURI().startsWith(base) && node.getURI().length() > base.length();
    }

    /** The server path (starting with "/", ASCII only) at which a local IRI answers. */
    public String localPath(Node node) {
        return "/" + toAscii(node.getURI().substring(base.length()));
    }

    /** The IRI as a URI: characters outside ASCII percent-encoded as UTF-8 (for hrefs and Location headers). */
    public static String toAscii(String iri) {
        StringBuilder b = new StringBuilder(iri.length() + 16);
        iri.codePoints().forEach(cp -> {
            if (cp < 128 && cp > 32 && cp != '"' && cp != '<' && cp != '>' && cp != '\\' && cp != '^' && cp != '`'
                    && cp != '{' && cp != '|' && cp != '}') {
                b.append((char) cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HexFormat.of().withUpperCase().toHexDigits(x));
                }
            }
        });
        return b.toString();
    }

    /** Percent-decodes a path segment as UTF-8; null when an escape is broken or the bytes are not UTF-8. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length() || Character.digit(segment.charAt(i + 1), 16) < 0
                        || Character.digit(segment.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
