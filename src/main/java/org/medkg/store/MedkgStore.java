package org.medkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * medkg's store: an embedded Apache Jena TDB2 dataset in one folder, holding one named graph per article.
 *
 * <p>Opening it takes TDB2's process lock on the folder, so a second process (another {@code medkg}, a
 * Fuseki on the same folder) gets a {@link StoreException} naming the holder, never a shared, corrupted
 * store. Within one JVM, opening the same folder twice gives the same dataset; the folder is let go when
 * the last {@link MedkgStore} on it is closed.
 *
 * <p>The dataset has TDB2's {@code unionDefaultGraph} context setting, so every SPARQL query on it (through
 * {@link #dataset()}, a {@code Dataset} wrapping it, or a server given it) sees the union of the article
 * graphs as its default graph. The Java API's {@code getDefaultGraph()} is still the real (empty) default
 * graph; {@link #unionTriples} streams the union (Jena's {@code getUnionGraph().find()} holds a set of it).
 */
public final class MedkgStore implements AutoCloseable {
    private static final Map<Path, Integer> OPEN = new HashMap<>();
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private final Path location;
    private final DatasetGraph dsg;
    private boolean closed;

    private MedkgStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
    }

    /** Opens the store in {@code dir}, creating it (and the folder) when there is none yet. */
    public static MedkgStore open(Path dir) {
        Path location = dir.toAbsolutePath().normalize();
        if (Files.exists(location) && !isStore(location) && !isEmptyFolder(location)) {
            throw new StoreException(dir + " is not a medkg store (it has other files in it, or is a file); "
                    + "give --store an empty or new folder");
        }
        return connect(dir, location);
    }

    /** Opens the store in {@code dir}, which must exist (for reading it: stats, export). */
    public static MedkgStore openExisting(Path dir) {
        Path location = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(location)) {
            throw new StoreException("no store at " + dir + " (make one with: medkg load INPUT... --store " + dir + ")");
        }
        if (!isStore(location)) {
            throw new StoreException(dir + " is not a medkg store");
        }
        return connect(dir, location);
    }

    /** True when {@code dir} holds a TDB2 database (its {@code Data-NNNN} generation folder). */
    public static boolean isStore(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized MedkgStore connect(Path dir, Path location) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        } catch (DBOpEnvException e) {
            throw lockProblem(dir, e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof DBOpEnvException cause) {
                throw lockProblem(dir, cause);
            }
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
        // Every query path sees the union of the article graphs as the default graph.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        OPEN.merge(location, 1, Integer::sum);
        return new MedkgStore(location, dsg);
    }

    private static StoreException lockProblem(Path dir, DBOpEnvException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            Matcher m = HOLDER.matcher(message);
            return new StoreException("the store " + dir + " is in use by another process"
                    + (m.find() ? " (PID " + m.group(1) + ")" : "") + "; wait for it to finish, or use another --store",
                    e);
        }
        return new StoreException("cannot open the store at " + dir + ": " + message, e);
    }

    /** The TDB2 dataset. Use it inside transactions ({@link Txn}). */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** The store's folder (absolute). */
    public Path location() {
        return location;
    }

    /** The prefixes recorded by the loads (medkg's, for the base they used); empty for an empty store. */
    public PrefixMap prefixes() {
        return Txn.calculateRead(dsg, () -> PrefixMapFactory.create(dsg.prefixes()));
    }

    /**
     * The triples of the union of the named graphs, each once, streamed (call inside a read transaction).
     *
     * <p>Not {@code getUnionGraph().find()}: Jena's dataset base class removes the repeats of the union with
     * a {@code Stream.distinct()}, a hash set of every triple, which needs a heap larger than the store. TDB2
     * scans all quads through a quad index with the graph last (SPOG), so the copies of a triple held by
     * several graphs come side by side and dropping a triple equal to the one before is enough. (Were they
     * not side by side, a triple would be written more than once: still the same RDF graph.)
     */
    public static Iterator<Triple> unionTriples(DatasetGraph dsg) {
        return Iter.distinctAdjacent(Iter.map(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
    }

    /**
     * Every quad, one graph after the other (default graph first), streamed (call inside a read transaction).
     * Not {@code find()}, which scans in subject order and so mixes the graphs.
     */
    public static Iterator<Quad> quadsByGraph(DatasetGraph dsg) {
        Iterator<Quad> dft = dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Quad> named = Iter.flatMap(dsg.listGraphNodes(), g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
        return Iter.concat(dft, named);
    }

    /** Counts what the store holds. */
    public StoreStats stats() {
        return StoreStats.of(dsg);
    }

    /**
     * Makes the title of every redirect page an alternate name of the disease of the page it redirects to
     * ({@code schema:alternateName}, in the redirect's own graph, so reloading the redirect replaces it).
     * Run after a load: the redirect and its target may come in either order. Returns the names added.
     */
    public long linkRedirects() {
        String query = """
                PREFIX schema: <http://schema.org/>
                PREFIX dbo: <http://dbpedia.org/ontology/>
                SELECT ?g ?disease ?name
                WHERE {
                  GRAPH ?g { ?redirect dbo:wikiPageRedirects ?target ; schema:name ?name }
                  GRAPH ?h { ?disease schema:mainEntityOfPage ?target }
                }""";
        Node alternateName = NodeFactory.createURI("http://schema.org/alternateName");
        return Txn.calculateWrite(dsg, () -> {
            List<Quad> names = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                exec.select().forEachRemaining(row -> names.add(Quad.create(row.get("g"), row.get("disease"),
                        alternateName, row.get("name"))));
            }
            long added = 0;
            for (Quad q : names) {
                if (!dsg.contains(q)) {
                    dsg.add(q);
                    added++;
                }
            }
            return added;
        });
    }

    /**
     * Resolves the treatment and cause links of disease articles ({@code medkg:treatmentLink},
     * {@code medkg:causeLink}) through the pages the store holds: a treatment link to a drug page makes that
     * drug a {@code schema:drug} of the disease, a cause link to a gene page makes the gene's
     * {@code schema:associatedDisease} the disease, each in the disease article's graph with the link's
     * evidence, so reloading the article replaces it. A link reaches its page directly or through one redirect.
     * Run after a load: the article and the page may come in either order. Returns the facts added.
     */
    public long resolvePageLinks() {
        return Txn.calculateWrite(dsg, () -> {
            long added = 0;
            for (LinkedFact kind : LinkedFact.ALL) {
                String where = kind.fill(LINKED_FACT_WHERE);
                try (QueryExec count = QueryExec.dataset(dsg).query(LINKED_FACT_PREFIXES
                        + "SELECT (COUNT(DISTINCT CONCAT(STR(?d), \" \", STR(?x))) AS ?n) WHERE " + where).build()) {
                    added += Long.parseLong(count.select().next().get("n").getLiteralLexicalForm());
                }
                UpdateExec.dataset(dsg).update(LINKED_FACT_PREFIXES + kind.fill(LINKED_FACT_INSERT) + " WHERE " + where)
                        .execute();
            }
            return added;
        });
    }

    /**
     * What a link resolves to: its predicate, the type of the linked page's subject ?x, and the fact's subject,
     * predicate and object (?d is the disease), which its evidence node restates.
     */
    private record LinkedFact(String link, String type, String subject, String predicate, String object) {
        static final List<LinkedFact> ALL = List.of(
                new LinkedFact("medkg:treatmentLink", "schema:Drug", "?d", "schema:drug", "?x"),
                new LinkedFact("medkg:causeLink", "schema:Gene", "?x", "schema:associatedDisease", "?d"));

        String fill(String template) {
            return template.replace("$LINK", link).replace("$TYPE", type)
                    .replace("$FACT", subject + " " + predicate + " " + object)
                    .replace("$STATED", "rdf:subject " + subject + " ; rdf:predicate " + predicate
                            + " ; rdf:object " + object);
        }
    }

    private static final String LINKED_FACT_PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dbo: <http://dbpedia.org/ontology/>
            PREFIX medkg: <https://w3id.org/medkg/ontology#>
            """;
    private static final String LINKED_FACT_INSERT = """
            INSERT { GRAPH ?g { $FACT . ?x a $TYPE .
                                _:e a medkg:Evidence , rdf:Statement ; $STATED ;
                                    prov:value ?quote ; medkg:line ?line ; medkg:column ?column } }""";
    private static final String LINKED_FACT_WHERE = """
            {
              GRAPH ?g { ?d $LINK ?page .
                         ?ev rdf:subject ?d ; rdf:predicate $LINK ; rdf:object ?page ;
                             prov:value ?quote ; medkg:line ?line ; medkg:column ?column }
              { GRAPH ?h { ?x a $TYPE ; schema:mainEntityOfPage ?page } }
              UNION
              { GRAPH ?r { ?page dbo:wikiPageRedirects ?target }
                GRAPH ?h { ?x a $TYPE ; schema:mainEntityOfPage ?target } }
              FILTER NOT EXISTS { GRAPH ?g { $FACT } }
            }""";

    /** Lets go of the folder (and its lock) once no other {@link MedkgStore} of this JVM uses it. */
    @Override
    public void close() {
        synchronized (MedkgStore.class) {
            if (closed) {
                return;
            }
            closed = true;
            int left = OPEN.merge(location, -1, Integer::sum);
            if (left <= 0) {
                OPEN.remove(location);
                TDBInternal.expel(dsg);
            }
        }
    }
}
