package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disease article's cause link to a page typed as a gene becomes the gene fact, and its treatment link to a
 * drug page the drug, with the link's evidence, whichever of the two is loaded first; reloading adds nothing
 * twice.
 */
class StorePageLinksTest {
    private static final String DISEASE = "src/test/resources/typed/linking_disease.wiki";
    private static final String GENE = "src/test/resources/typed/gene_page.wiki";
    private static final String DRUG = "src/test/resources/typed/drug_page.wiki";
    private static final String ASK_DRUG = "ASK { ?d a schema:MedicalCondition ; schema:drug ?x . ?x a schema:Drug ;"
            + " schema:name \"示例洛尔\"@zh . ?e rdf:subject ?d ; rdf:predicate schema:drug ; rdf:object ?x ;"
            + " prov:value ?quote . FILTER(CONTAINS(?quote, \"控制血压\")) }";
    private static final String ASK = "ASK { ?g a schema:Gene ; schema:name \"FBN1\" ; schema:associatedDisease ?d ."
            + " ?d a schema:MedicalCondition . ?e rdf:subject ?g ; rdf:predicate schema:associatedDisease ;"
            + " rdf:object ?d ; prov:value ?quote . FILTER(CONTAINS(?quote, \"突变\")) }";

    @TempDir
    Path tmp;

    private Cli.Run load(String store, String file, String title) {
        Cli.Run run = StoreCommandsTest.medkg("load", file, "--title", title, "--store", store);
        assertEquals(0, run.status(), run.toString());
        return run;
    }

    private String ask(String store) {
        return StoreCommandsTest.medkg("query", "--store", store, "-e", ASK).out().strip();
    }

    @Test
    void theGenePageLoadedAfterTheArticleResolvesItsCauseLink() {
        String store = tmp.resolve("a").toString();
        load(store, DISEASE, "示例结缔组织病");
        assertEquals("false", ask(store), "no gene page yet");
        Cli.Run gene = load(store, GENE, "示例原纤蛋白");
        assertTrue(gene.err().contains("1 drug or gene fact resolved"), gene.err());
        assertEquals("true", ask(store));
        String before = StoreCommandsTest.medkg("stats", "--store", store).out();
        load(store, DISEASE, "示例结缔组织病");
        assertEquals("true", ask(store), "reloading the article resolves its link again");
        assertEquals(before, StoreCommandsTest.medkg("stats", "--store", store).out(), "and adds nothing twice");
    }

    @Test
    void aTreatmentLinkToADrugPageBecomesTheDrug() {
        String store = tmp.resolve("c").toString();
        load(store, DISEASE, "示例结缔组织病");
        load(store, DRUG, "示例安平");
        assertEquals("true", StoreCommandsTest.medkg("query", "--store", store, "-e", ASK_DRUG).out().strip());
    }

    @Test
    void theGenePageLoadedBeforeTheArticleResolvesItToo() {
        String store = tmp.resolve("b").toString();
        load(store, GENE, "示例原纤蛋白");
        load(store, DISEASE, "示例结缔组织病");
        assertEquals("true", ask(store));
    }
}
