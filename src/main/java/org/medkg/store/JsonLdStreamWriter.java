package org.medkg.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a dataset as JSON-LD 1.1 compacted with medkg's context ({@code ontology/context.jsonld}, bundled
 * at {@value #CONTEXT}), one graph at a time, so only one article graph is ever held in memory.
 *
 * <p>Jena's JSON-LD 1.1 writer builds its context from prefixes only and needs the whole dataset; this
 * writer converts each graph's quads with Titanium ({@code JsonLd.fromRdf()}, as Jena does), compacts them
 * with {@code JsonLd.compact(document, context)}, and writes the result as one element of the top-level
 * {@code @graph}. The output is a single JSON-LD document:
 *
 * <pre>
 * {"@context": {…medkg's context…},
 * "@graph": [
 * {"id": "https://w3id.org/medkg/graph/zh/…", "@graph": [ …the article's nodes… ]},
 * {"id": "https://w3id.org/medkg/graph/en/…", "@graph": [ … ]}
 * ]}
 * </pre>
 *
 * with one article graph per line between the {@code [} and {@code ]} lines (so a line-oriented tool can
 * take it apart), and the nodes of the default graph, if any, as top-level elements.
 */
final class JsonLdStreamWriter implements AutoCloseable {
    /** Where the context is bundled. */
    static final String CONTEXT = "/org/medkg/ontology/context.jsonld";

    private final Writer out;
    private final JsonDocument context;
    private final JsonValue contextValue;
    private boolean first = true;

    JsonLdStreamWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try (InputStream in = JsonLdStreamWriter.class.getResourceAsStream(CONTEXT)) {
            if (in == null) {
                throw new IllegalStateException("medkg's JSON-LD context is missing from the jar: " + CONTEXT);
            }
            this.context = JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("medkg's JSON-LD context does not parse: " + e.getMessage(), e);
        }
        JsonObject doc = context.getJsonContent().orElseThrow().asJsonObject();
        this.contextValue = doc.get("@context");
    }

    void start() {
        write("{\"@context\": " + contextValue + ",\n\"@graph\": [\n");
    }

    /** Writes one graph (its quads all in {@code graph}; the default graph's nodes become top-level nodes). */
    void graph(Node graph, Iterator<Quad> quads) {
        JsonObject compacted = ServiceLookupCache.call(() -> compact(graph, quads));
        if (compacted == null) {
            return;
        }
        boolean onlyGraph = compacted.keySet().stream().allMatch(k -> k.equals("@context") || k.equals("@graph"));
        if (onlyGraph && compacted.containsKey("@graph")) {
            // Several nodes of the default graph: each is a top-level node.
            for (JsonValue node : compacted.getJsonArray("@graph")) {
                element(node.toString());
            }
        } else {
            StringBuilder b = new StringBuilder("{");
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    b.append(b.length() > 1 ? "," : "").append(Json.createValue(k)).append(':').append(v);
                }
            });
            element(b.append('}').toString());
        }
    }

    /** The graph's quads compacted with medkg's context; null when there are none. */
    private JsonObject compact(Node graph, Iterator<Quad> quads) {
        QuadsToJsonld rdf = JsonLd.fromRdf();
        rdf.mode(JsonLdVersion.V1_1);
        // The IRIs come from the store, where Jena checked them.
        rdf.uriValidation(UriValidationPolicy.None);
        boolean any = false;
        while (quads.hasNext()) {
            add(rdf, quads.next());
            any = true;
        }
        if (!any) {
            return null;
        }
        try {
            return JsonLd.compact(JsonDocument.of(rdf.toJsonLd()), context).get();
        } catch (JsonLdError e) {
            throw new RiotException("cannot write graph " + graph + " as JSON-LD: " + e.getMessage(), e);
        }
    }

    private static void add(QuadsToJsonld rdf, Quad q) {
        String g = q.isDefaultGraph() ? null : resource(q.getGraph());
        Node o = q.getObject();
        try {
            if (o.isURI() || o.isBlank()) {
                rdf.quad(resource(q.getSubject()), resource(q.getPredicate()), resource(o), null, null, null, g);
            } else if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                rdf.quad(resource(q.getSubject()), resource(q.getPredicate()), o.getLiteralLexicalForm(),
                        o.getLiteralDatatypeURI(), lang == null || lang.isEmpty() ? null : lang,
                        o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString(), g);
            } else {
                throw new RiotException("JSON-LD cannot hold " + o);
            }
        } catch (RdfConsumerException e) {
            throw new RiotException("cannot convert " + q + " to JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String resource(Node n) {
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        throw new RiotException("JSON-LD needs an IRI or a blank node here, not " + n);
    }

    private void element(String json) {
        write((first ? "" : ",\n") + json);
        first = false;
    }

    void finish() {
        write((first ? "" : "\n") + "]}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
