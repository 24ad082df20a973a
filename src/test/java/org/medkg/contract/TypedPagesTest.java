package org.medkg.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** Pages typed by their own infobox: a drug page, a gene page and a symptom page are no diseases. */
class TypedPagesTest {
    private static final Path TYPED = Path.of("src/test/resources/typed");
    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    private static boolean ask(Model m, String pattern) {
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + "ASK { " + pattern + " }").build()) {
            return qe.execAsk();
        }
    }

    private static Model of(String file) {
        return Extraction.of(TYPED.resolve(file)).dataset().getUnionModel();
    }

    @Test
    void aDrugboxMakesTheDrugWithItsIdentifiersAndNoDisease() {
        Model m = of("drug_page.wiki");
        assertTrue(ask(m, "?d a schema:Drug ; schema:name \"示例洛尔\"@zh , \"Propranolol\"@en ."), "names");
        for (String code : List.of("\"ATC\" ; schema:codeValue \"C07AA05\"", "\"CAS\" ; schema:codeValue \"525-66-6\"",
                "\"PubChem\" ; schema:codeValue \"4946\"", "\"DrugBank\" ; schema:codeValue \"DB00571\"")) {
            assertTrue(ask(m, "?d a schema:Drug ; schema:code [ a schema:MedicalCode ; schema:codingSystem " + code
                    + " ; schema:url ?u ]"), code);
        }
        assertTrue(SpecChecker.missing(m, List.of("none||")).isEmpty(), "a drug page is not a disease");
    }

    @Test
    void aGenePageMakesTheGeneOfItsEntrezId() {
        Model m = of("gene_page.wiki");
        assertTrue(ask(m, "?g a schema:Gene ; schema:name \"FBN1\" ; owl:sameAs"
                + " <https://identifiers.org/hgnc.symbol:FBN1> , <https://identifiers.org/ncbigene:2200> ."));
        assertTrue(!ask(m, "?g schema:associatedDisease ?d"), "no disease of its own");
    }

    @Test
    void aSymptomPageIsASymptomNotACondition() {
        Model m = of("symptom_page.wiki");
        assertTrue(ask(m, "?s a schema:MedicalSymptom ; schema:code ?c ; schema:drug ?x ."));
        assertTrue(!ask(m, "?s a schema:MedicalCondition"));
    }
}
