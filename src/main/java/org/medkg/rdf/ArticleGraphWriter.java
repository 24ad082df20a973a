package org.medkg.rdf;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.medkg.extract.ArticleFacts;
import org.medkg.extract.Category;
import org.medkg.extract.Citation;
import org.medkg.extract.Code;
import org.medkg.extract.Disease;
import org.medkg.extract.Drug;
import org.medkg.extract.DrugPage;
import org.medkg.extract.Evidence;
import org.medkg.extract.Gene;
import org.medkg.extract.GenePage;
import org.medkg.extract.Inheritance;
import org.medkg.extract.Label;
import org.medkg.extract.PageLink;
import org.medkg.extract.ProseFacts;
import org.medkg.extract.Protein;
import org.medkg.extract.Symptom;
import org.medkg.extract.Therapy;
import org.medkg.extract.WebLink;
import org.medkg.source.Article;

/**
 * Writes one article's facts as quads of the article's own named graph into a Jena {@link StreamRDF}, so
 * that a file writer, a store loader or a remote endpoint are only different sinks. The graph describes
 * itself: derived from the article, generated when and by which medkg. A redirect page says which page it
 * redirects to ({@code dbo:wikiPageRedirects}); a store turns that into an alternate name of the target's
 * disease once both are loaded.
 */
public final class ArticleGraphWriter {
    private final IriScheme iris;
    private final String version;
    private final Clock clock;

    public ArticleGraphWriter(IriScheme iris, String version, Clock clock) {
        this.iris = iris;
        this.version = version;
        this.clock = clock;
    }

    /** The IRI of the named graph that holds this article's triples. */
    public Node graphOf(ArticleFacts facts) {
        return iris.graph(facts.article().language(), facts.key());
    }

    /** The IRI of the article's disease, or null when it has none. */
    public Node diseaseOf(ArticleFacts facts) {
        Disease d = facts.disease();
        if (d == null) {
            return null;
        }
        String name = d.name().simplified() != null ? d.name().simplified() : d.name().text();
        return iris.disease(facts.article().language(), d.englishName(), name);
    }

    public void write(ArticleFacts facts, StreamRDF out, FactListener listener) {
        new Emission(facts, out, listener).run();
    }

    /** The writing of one article: the graph it goes to and where each triple is reported. */
    private final class Emission {
        private final ArticleFacts facts;
        private final Article article;
        private final String language;
        private final StreamRDF out;
        private final FactListener listener;
        private final Node graph;

        Emission(ArticleFacts facts, StreamRDF out, FactListener listener) {
            this.facts = facts;
            this.article = facts.article();
            this.language = article.language();
            this.out = out;
            this.listener = listener;
            this.graph = graphOf(facts);
        }

        void run() {
            Node page = article.title() != null ? IriScheme.wikipediaPage(language, article.title()) : null;
            provenance(page);
            Disease d = facts.disease();
            if (d != null) {
                disease(diseaseOf(facts), d, page);
            } else if (facts.subject() instanceof DrugPage drug) {
                drugPage(drug, page);
            } else if (facts.subject() instanceof GenePage gene) {
                genePage(gene, page);
            } else if (article.isRedirect() && page != null) {
                emit(page, Vocab.wikiPageRedirects, IriScheme.wikipediaPage(language, article.redirectTarget()),
                        null);
            }
        }

        private void provenance(Node page) {
            Node source = page != null ? page : article.origin() != null ? IriScheme.fromText(article.origin()) : null;
            emit(graph, RDF.type.asNode(), Vocab.Entity, null);
            if (source != null) {
                emit(graph, Vocab.wasDerivedFrom, source, null);
            }
            if (article.revisionId() != null) {
                emit(graph, Vocab.wasDerivedFrom, IriScheme.wikipediaRevision(language, article.revisionId()), null);
                emit(graph, Vocab.revisionId, NodeFactory.createLiteralDT(article.revisionId().toString(),
                        XSDDatatype.XSDlong), null);
            }
            if (article.timestamp() != null) {
                emit(graph, Vocab.modified, dateTime(article.timestamp()), null);
            }
            emit(graph, Vocab.generatedAtTime, dateTime(clock.instant()), null);
            Node software = iris.software(version);
            emit(graph, Vocab.wasAttributedTo, software, null);
            emit(software, RDF.type.asNode(), Vocab.SoftwareAgent, null);
            emit(software, Vocab.name, NodeFactory.createLiteralString("medkg"), null);
            emit(software, Vocab.softwareVersion, NodeFactory.createLiteralString(version), null);
            if (page != null) {
                emit(page, RDF.type.asNode(), Vocab.WebPage, null);
                emit(page, Vocab.inLanguage, NodeFactory.createLiteralString(language), null);
                emit(page, Vocab.name, NodeFactory.createLiteralLang(article.title(), language), null);
            }
        }

        /** A drug page's drug: the node a disease's drug of the same English name is too. */
        private void drugPage(DrugPage drug, Node page) {
            Node x = iris.drug(drug.englishName() != null ? drug.englishName() : drug.name().text());
            emit(x, RDF.type.asNode(), Vocab.Drug, drug.name().evidence());
            drug.labels().forEach(l -> labels(x, Vocab.name, l));
            drug.alternateNames().forEach(l -> labels(x, Vocab.alternateName, l));
            drug.identifiers().forEach(c -> code(x, c));
            about(x, page);
        }

        /** A gene page's gene: the node a disease's gene of the same symbol is too. */
        private void genePage(GenePage gene, Node page) {
            Node g = iris.gene(gene.symbol());
            emit(g, RDF.type.asNode(), Vocab.Gene, gene.evidence());
            emit(g, Vocab.name, NodeFactory.createLiteralString(gene.symbol()), gene.evidence());
            emit(g, OWL.sameAs.asNode(), IriScheme.hgncSymbol(gene.symbol()), gene.evidence());
            if (!gene.entrezId().isEmpty()) {
                emit(g, OWL.sameAs.asNode(), IriScheme.ncbiGene(gene.entrezId()), gene.evidence());
            }
            gene.names().stream().filter(l -> !l.text().equals(gene.symbol())).forEach(l -> labels(g, RDFS.label.asNode(), l));
            about(g, page);
        }

        private void about(Node subject, Node page) {
            if (page != null) {
                emit(subject, Vocab.mainEntityOfPage, page, null);
                emit(page, Vocab.about, subject, null);
            }
        }

        private void disease(Node d, Disease disease, Node page) {
            emit(d, RDF.type.asNode(), disease.symptomPage() ? Vocab.MedicalSymptom : Vocab.MedicalCondition,
                    disease.name().evidence());
            labels(d, Vocab.name, disease.name());
            for (Label l : disease.labels()) {
                labels(d, RDFS.label.asNode(), l);
            }
            for (Label l : disease.alternateNames()) {
                emit(d, Vocab.alternateName, NodeFactory.createLiteralLang(l.text(), l.language()), l.evidence());
            }
            if (disease.description() != null) {
                labels(d, Vocab.description, disease.description());
            }
            if (disease.field() != null && !disease.field().isEmpty()) {
                emit(d, Vocab.relevantSpecialty, NodeFactory.createLiteralLang(disease.field(), language), null);
            }
            disease.codes().forEach(c -> code(d, c));
            disease.categories().forEach(c -> category(d, c));
            if (disease.image() != null) {
                Node img = IriScheme.commonsFile(disease.image().file());
                emit(d, Vocab.image, img, disease.image().evidence());
                emit(img, RDF.type.asNode(), Vocab.ImageObject, disease.image().evidence());
                if (disease.image().caption() != null) {
                    labels(img, Vocab.caption, disease.image().caption());
                }
            }
            disease.citations().forEach(c -> citation(d, c));
            for (PageLink l : disease.links()) {
                emit(d, Vocab.wikiPageWikiLink, IriScheme.wikipediaPage(l.language(), l.title()), l.evidence());
            }
            for (PageLink l : disease.seeAlso()) {
                emit(d, RDFS.seeAlso.asNode(), IriScheme.wikipediaPage(l.language(), l.title()), l.evidence());
            }
            for (WebLink w : disease.externalLinks()) {
                Node url = IriScheme.fromText(w.url());
                if (url != null) {
                    emit(d, Vocab.wikiPageExternalLink, url, w.evidence());
                }
            }
            if (page != null) {
                emit(d, Vocab.mainEntityOfPage, page, null);
                emit(d, Vocab.isPrimaryTopicOf, page, null);
                emit(page, Vocab.about, d, null);
            }
            if (disease.englishName() != null && !language.equals("en")) {
                emit(d, Vocab.isPrimaryTopicOf, IriScheme.wikipediaPage("en", disease.englishName()), null);
            }
            prose(d, disease.prose(), page);
        }

        /** The prose facts, each stated with an evidence node: the sentence it came from and where. */
        private void prose(Node d, ProseFacts prose, Node page) {
            Node source = page != null ? page : article.origin() != null ? IriScheme.fromText(article.origin()) : null;
            for (Gene g : prose.genes()) {
                Node gene = iris.gene(g.symbol());
                stated(gene, Vocab.associatedDisease, d, g.evidence(), source);
                emit(gene, RDF.type.asNode(), Vocab.Gene, g.evidence());
                emit(gene, Vocab.name, NodeFactory.createLiteralString(g.symbol()), g.evidence());
                emit(gene, OWL.sameAs.asNode(), IriScheme.hgncSymbol(g.symbol()), g.evidence());
            }
            for (Protein p : prose.proteins()) {
                Node protein = iris.protein(p.key());
                emit(protein, RDF.type.asNode(), Vocab.Protein, p.evidence());
                if (p.name() != null) {
                    labels(protein, Vocab.name, p.name());
                }
                if (p.englishName() != null) {
                    emit(protein, Vocab.alternateName, NodeFactory.createLiteralLang(p.englishName(), "en"),
                            p.evidence());
                }
                if (p.abbreviation() != null) {
                    emit(protein, p.name() == null ? Vocab.name : Vocab.alternateName,
                            NodeFactory.createLiteralString(p.abbreviation()), p.evidence());
                }
                if (p.encodedBy() != null) {
                    Node gene = iris.gene(p.encodedBy());
                    stated(gene, Vocab.encodesBioChemEntity, protein, p.evidence(), source);
                    emit(protein, Vocab.isEncodedByBioChemEntity, gene, p.evidence());
                }
            }
            for (Drug x : prose.drugs()) {
                Node drug = iris.drug(x.englishName() != null ? x.englishName() : x.name().text());
                stated(d, Vocab.drug, drug, x.evidence(), source);
                emit(drug, RDF.type.asNode(), Vocab.Drug, x.evidence());
                labels(drug, Vocab.name, x.name());
                if (x.englishName() != null && !x.englishName().equalsIgnoreCase(x.name().text())) {
                    emit(drug, Vocab.name, NodeFactory.createLiteralLang(x.englishName(), "en"), x.evidence());
                }
                if (x.drugbankId() != null) {
                    emit(drug, OWL.sameAs.asNode(), IriScheme.drugbank(x.drugbankId()), x.evidence());
                }
            }
            for (Therapy t : prose.therapies()) {
                Node therapy = iris.therapy(language, key(t.name()));
                stated(d, Vocab.possibleTreatment, therapy, t.evidence(), source);
                emit(therapy, RDF.type.asNode(), Vocab.MedicalTherapy, t.evidence());
                labels(therapy, Vocab.name, t.name());
            }
            for (PageLink l : prose.treatmentLinks()) {
                stated(d, Vocab.treatmentLink, IriScheme.wikipediaPage(l.language(), l.title()), l.evidence(), source);
            }
            for (PageLink l : prose.causeLinks()) {
                stated(d, Vocab.causeLink, IriScheme.wikipediaPage(l.language(), l.title()), l.evidence(), source);
            }
            for (Inheritance i : prose.inheritance()) {
                stated(d, Vocab.inheritancePattern, NodeFactory.createURI(Vocab.OBO + i.hpoId()), i.evidence(), source);
            }
            for (Symptom s : prose.symptoms()) {
                Node symptom = iris.symptom(language, key(s.name()));
                stated(d, Vocab.signOrSymptom, symptom, s.evidence(), source);
                emit(symptom, RDF.type.asNode(), Vocab.MedicalSignOrSymptom, s.evidence());
                labels(symptom, Vocab.name, s.name());
            }
            for (Label c : prose.causes()) {
                labels(d, Vocab.cause, c);
            }
        }

        /** A triple with an evidence node when it came from a sentence (rdf:Statement with the quotation). */
        private void stated(Node s, Node p, Node o, Evidence at, Node source) {
            emit(s, p, o, at);
            if (at == null || at.quote() == null) {
                return;
            }
            Node e = NodeFactory.createBlankNode();
            emit(e, RDF.type.asNode(), Vocab.Evidence, at);
            emit(e, RDF.type.asNode(), RDF.Statement.asNode(), at);
            emit(e, RDF.subject.asNode(), s, at);
            emit(e, RDF.predicate.asNode(), p, at);
            emit(e, RDF.object.asNode(), o, at);
            emit(e, Vocab.value, NodeFactory.createLiteralLang(at.quote(), language), at);
            emit(e, Vocab.line, NodeFactory.createLiteralDT(Integer.toString(at.line()), XSDDatatype.XSDinteger), at);
            emit(e, Vocab.column, NodeFactory.createLiteralDT(Integer.toString(at.column()), XSDDatatype.XSDinteger), at);
            if (at.section() != null && !at.section().isEmpty()) {
                emit(e, Vocab.section, NodeFactory.createLiteralLang(at.section(), language), at);
            }
            if (source != null) {
                emit(e, Vocab.wasDerivedFrom, source, at);
            }
        }

        private void code(Node d, Code c) {
            Node code = iris.code(c.system(), c.value());
            Evidence at = c.evidence();
            emit(d, Vocab.code, code, at);
            emit(code, RDF.type.asNode(), Vocab.MedicalCode, at);
            emit(code, Vocab.codingSystem, NodeFactory.createLiteralString(c.system()), at);
            emit(code, Vocab.codeValue, NodeFactory.createLiteralString(c.value()), at);
            if (c.systemIri() != null) {
                emit(code, Vocab.inCodeSet, NodeFactory.createURI(c.systemIri()), at);
            }
            if (c.url() != null) {
                Node url = IriScheme.fromText(c.url());
                if (url != null) {
                    emit(code, Vocab.url, url, at);
                }
            }
        }

        private void category(Node d, Category c) {
            Label name = c.name();
            Node concept = iris.category(language, name.simplified() != null ? name.simplified() : name.text());
            emit(d, Vocab.subject, concept, name.evidence());
            emit(concept, RDF.type.asNode(), Vocab.Concept, name.evidence());
            labels(concept, Vocab.prefLabel, name);
        }

        private void citation(Node d, Citation c) {
            String fallback = Objects.toString(c.url(), "") + "|" + Objects.toString(c.title(), "") + "|"
                    + Objects.toString(c.text(), "");
            Node work = iris.citation(c.doi(), c.pmid(), fallback);
            Evidence at = c.evidence();
            emit(d, Vocab.citation, work, at);
            emit(work, RDF.type.asNode(), c.journal() != null && (c.doi() != null || c.pmid() != null)
                    ? Vocab.ScholarlyArticle : Vocab.CreativeWork, at);
            literal(work, Vocab.name, c.title(), at);
            for (String a : c.authors()) {
                literal(work, Vocab.author, a, at);
            }
            literal(work, Vocab.datePublished, c.date(), at);
            literal(work, Vocab.pagination, c.pages(), at);
            literal(work, Vocab.text, c.text(), at);
            if (c.journal() != null) {
                Node journal = NodeFactory.createBlankNode();
                emit(work, Vocab.isPartOf, journal, at);
                emit(journal, RDF.type.asNode(), Vocab.Periodical, at);
                literal(journal, Vocab.name, c.journal(), at);
            }
            if (c.url() != null) {
                Node url = IriScheme.fromText(c.url());
                if (url != null) {
                    emit(work, Vocab.url, url, at);
                }
            }
            if (c.doi() != null) {
                emit(work, Vocab.sameAs, IriScheme.doi(c.doi()), at);
            }
            if (c.pmid() != null) {
                emit(work, Vocab.sameAs, IriScheme.pubmed(c.pmid()), at);
            }
        }

        /** A name as written (tagged with its language) and, for Chinese, in both scripts. */
        private void labels(Node s, Node p, Label l) {
            emit(s, p, NodeFactory.createLiteralLang(l.text(), l.language()), l.evidence());
            if (l.simplified() != null) {
                emit(s, p, NodeFactory.createLiteralLang(l.simplified(), "zh-Hans"), l.evidence());
                emit(s, p, NodeFactory.createLiteralLang(l.traditional(), "zh-Hant"), l.evidence());
            }
        }

        private void literal(Node s, Node p, String value, Evidence at) {
            if (value != null && !value.isBlank()) {
                emit(s, p, NodeFactory.createLiteralString(value), at);
            }
        }

        private void emit(Node s, Node p, Node o, Evidence evidence) {
            out.quad(Quad.create(graph, s, p, o));
            listener.fact(article, Triple.create(s, p, o), evidence);
        }
    }

    private static String key(Label l) {
        return l.simplified() != null ? l.simplified() : l.text().toLowerCase(Locale.ROOT);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
