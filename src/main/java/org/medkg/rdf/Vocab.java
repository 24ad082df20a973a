package org.medkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms medkg writes: schema.org (as {@code http://schema.org/}), PROV, DBpedia and medkg's own
 * ontology ({@code ontology/medkg.ttl}). SKOS, RDFS, OWL, Dublin Core and FOAF come from Jena's classes.
 */
public final class Vocab {
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DBO = "http://dbpedia.org/ontology/";
    public static final String MEDKG = "https://w3id.org/medkg/ontology#";
    public static final String OBO = "http://purl.obolibrary.org/obo/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node MedicalCondition = schema("MedicalCondition");
    public static final Node MedicalCode = schema("MedicalCode");
    public static final Node ImageObject = schema("ImageObject");
    public static final Node CreativeWork = schema("CreativeWork");
    public static final Node ScholarlyArticle = schema("ScholarlyArticle");
    public static final Node Periodical = schema("Periodical");
    public static final Node WebPage = schema("WebPage");
    public static final Node name = schema("name");
    public static final Node alternateName = schema("alternateName");
    public static final Node description = schema("description");
    public static final Node code = schema("code");
    public static final Node codingSystem = schema("codingSystem");
    public static final Node codeValue = schema("codeValue");
    public static final Node inCodeSet = schema("inCodeSet");
    public static final Node url = schema("url");
    public static final Node image = schema("image");
    public static final Node caption = schema("caption");
    public static final Node citation = schema("citation");
    public static final Node author = schema("author");
    public static final Node datePublished = schema("datePublished");
    public static final Node isPartOf = schema("isPartOf");
    public static final Node pagination = schema("pagination");
    public static final Node sameAs = schema("sameAs");
    public static final Node text = schema("text");
    public static final Node relevantSpecialty = schema("relevantSpecialty");
    public static final Node mainEntityOfPage = schema("mainEntityOfPage");
    public static final Node about = schema("about");
    public static final Node inLanguage = schema("inLanguage");
    public static final Node softwareVersion = schema("softwareVersion");

    public static final Node Gene = schema("Gene");
    public static final Node Protein = schema("Protein");
    public static final Node Drug = schema("Drug");
    public static final Node MedicalTherapy = schema("MedicalTherapy");
    public static final Node MedicalSignOrSymptom = schema("MedicalSignOrSymptom");
    public static final Node MedicalSymptom = schema("MedicalSymptom");
    public static final Node associatedDisease = schema("associatedDisease");
    public static final Node encodesBioChemEntity = schema("encodesBioChemEntity");
    public static final Node isEncodedByBioChemEntity = schema("isEncodedByBioChemEntity");
    public static final Node drug = schema("drug");
    public static final Node possibleTreatment = schema("possibleTreatment");
    public static final Node signOrSymptom = schema("signOrSymptom");
    public static final Node cause = schema("cause");

    public static final Node Entity = prov("Entity");
    public static final Node SoftwareAgent = prov("SoftwareAgent");
    public static final Node wasDerivedFrom = prov("wasDerivedFrom");
    public static final Node generatedAtTime = prov("generatedAtTime");
    public static final Node wasAttributedTo = prov("wasAttributedTo");
    public static final Node value = prov("value");

    public static final Node wikiPageWikiLink = NodeFactory.createURI(DBO + "wikiPageWikiLink");
    public static final Node wikiPageRedirects = NodeFactory.createURI(DBO + "wikiPageRedirects");
    public static final Node wikiPageExternalLink = NodeFactory.createURI(DBO + "wikiPageExternalLink");
    public static final Node isPrimaryTopicOf = NodeFactory.createURI(FOAF + "isPrimaryTopicOf");
    public static final Node subject = NodeFactory.createURI(DCT + "subject");
    public static final Node modified = NodeFactory.createURI(DCT + "modified");
    public static final Node Concept = NodeFactory.createURI(SKOS + "Concept");
    public static final Node prefLabel = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node revisionId = medkg("revisionId");
    public static final Node inheritancePattern = medkg("inheritancePattern");
    public static final Node treatmentLink = medkg("treatmentLink");
    public static final Node causeLink = medkg("causeLink");
    public static final Node Evidence = medkg("Evidence");
    public static final Node line = medkg("line");
    public static final Node column = medkg("column");
    public static final Node section = medkg("section");

    private Vocab() {
    }

    public static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    public static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }

    public static Node medkg(String local) {
        return NodeFactory.createURI(MEDKG + local);
    }
}
