package org.medkg.rdf;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates RDF against medkg's SHACL shapes ({@code ontology/shapes.ttl}, bundled). */
public final class ShapeValidator {
    private static final String SHAPES = "/org/medkg/ontology/shapes.ttl";
    private static volatile Shapes shapes;

    private ShapeValidator() {
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    private static Shapes shapes() {
        if (shapes == null) {
            synchronized (ShapeValidator.class) {
                if (shapes == null) {
                    try (InputStream in = ShapeValidator.class.getResourceAsStream(SHAPES)) {
                        if (in == null) {
                            throw new IllegalStateException("missing bundled " + SHAPES);
                        }
                        Graph g = GraphFactory.createDefaultGraph();
                        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                        shapes = Shapes.parse(g);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return shapes;
    }
}
