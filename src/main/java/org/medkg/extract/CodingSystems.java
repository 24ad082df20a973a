package org.medkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A coding-system registry: the disease classification codes of {@code coding-systems.ttl} (bundled, or a file
 * the user gives), or the drug identifiers of {@code drug-identifiers.ttl}.
 */
public final class CodingSystems {
    static final String NS = "https://w3id.org/medkg/ontology#";

    private final List<CodingSystem> systems;
    private final Map<String, CodingSystem> byParameter = new HashMap<>();
    private final Map<String, CodingSystem> byTemplate = new HashMap<>();
    private final Map<String, CodingSystem> byName = new HashMap<>();

    private CodingSystems(List<CodingSystem> systems) {
        this.systems = List.copyOf(systems);
        for (CodingSystem s : systems) {
            s.parameters().forEach(p -> byParameter.put(p, s));
            s.templates().forEach(t -> byTemplate.put(t.nameKey(), s));
            byName.put(s.name(), s);
        }
    }

    /** The registry of disease classification codes that ships with medkg ({@code coding-systems.ttl}). */
    public static CodingSystems bundled() {
        return Bundled.CODES;
    }

    /** The registry of drug identifiers (ATC, DrugBank, CAS, PubChem …) that ships with medkg. */
    public static CodingSystems drugIdentifiers() {
        return Bundled.DRUG_IDENTIFIERS;
    }

    /** The bundled registries, read when first asked for (the holder idiom makes that thread-safe). */
    private static final class Bundled {
        static final CodingSystems CODES = load("/org/medkg/ontology/coding-systems.ttl");
        static final CodingSystems DRUG_IDENTIFIERS = load("/org/medkg/ontology/drug-identifiers.ttl");
    }

    private static CodingSystems load(String resource) {
        try (InputStream in = CodingSystems.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + resource);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return from(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every {@code medkg:CodingSystem} record of a model. */
    public static CodingSystems from(Model m) {
        Resource type = m.createResource(NS + "CodingSystem");
        List<CodingSystem> list = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> list.add(read(m, r)));
        list.sort(Comparator.comparing(CodingSystem::name));
        return new CodingSystems(list);
    }

    private static CodingSystem read(Model m, Resource r) {
        String name = r.getProperty(RDFS.label).getString();
        Set<String> params = new HashSet<>();
        strings(r, p(m, "infoboxParameter")).forEach(s -> params.add(CodingSystem.key(s)));
        List<CodingSystem.TemplateRule> templates = new ArrayList<>();
        for (Resource t : resources(r, p(m, "template"))) {
            templates.add(new CodingSystem.TemplateRule(CodingSystem.key(string(t, p(m, "templateName"))),
                    string(t, p(m, "valueFormat"))));
        }
        List<Resource> rewrites = resources(r, p(m, "valueRewrite"));
        rewrites.sort(Comparator.comparingInt(x -> x.getProperty(p(m, "order")).getInt()));
        List<CodingSystem.Rewrite> rw = new ArrayList<>();
        for (Resource x : rewrites) {
            rw.add(new CodingSystem.Rewrite(Pattern.compile(string(x, p(m, "rewritePattern"))),
                    string(x, p(m, "rewriteReplacement"))));
        }
        List<Resource> resolvers = resources(r, p(m, "resolver"));
        resolvers.sort(Comparator.comparingInt(x -> x.hasProperty(p(m, "order"))
                ? x.getProperty(p(m, "order")).getInt() : 0));
        List<CodingSystem.Resolver> rs = new ArrayList<>();
        for (Resource x : resolvers) {
            String when = x.hasProperty(p(m, "when")) ? string(x, p(m, "when")) : null;
            rs.add(new CodingSystem.Resolver(when == null ? null : Pattern.compile(when),
                    string(x, p(m, "iriTemplate"))));
        }
        boolean hierarchical = r.hasProperty(p(m, "hierarchical"))
                && r.getProperty(p(m, "hierarchical")).getBoolean();
        return new CodingSystem(name, r.getURI(), params, strings(r, p(m, "compositeParameter")), templates, rw,
                Pattern.compile(string(r, p(m, "valuePattern"))), hierarchical, rs);
    }

    private static Property p(Model m, String local) {
        return m.createProperty(NS + local);
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getString();
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> out.add(s.getString()));
        out.sort(null);
        return out;
    }

    private static List<Resource> resources(Resource r, Property p) {
        List<Resource> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isResource()) {
                out.add(o.asResource());
            }
        });
        return out;
    }

    public Collection<CodingSystem> all() {
        return systems;
    }

    /** The system whose codes a parameter of this name holds, or null. */
    public CodingSystem forParameter(String parameterName) {
        return byParameter.get(CodingSystem.key(parameterName));
    }

    /** The system a code template of this name writes, or null. */
    public CodingSystem forTemplate(String templateName) {
        return byTemplate.get(CodingSystem.key(templateName));
    }

    /** The value format of a template of this name in its system, or null. */
    public String templateFormat(String templateName) {
        CodingSystem s = forTemplate(templateName);
        if (s == null) {
            return null;
        }
        String key = CodingSystem.key(templateName);
        return s.templates().stream().filter(t -> t.nameKey().equals(key)).findFirst().map(
                CodingSystem.TemplateRule::format).orElse(null);
    }

    public CodingSystem named(String name) {
        return byName.get(name);
    }
}
