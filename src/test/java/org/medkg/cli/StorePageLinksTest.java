package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disease article's cause link to a page typed as a gene becomes the gene fact, with the link's evidence,
 * whichever of the two is loaded first; reloading adds nothing twice.
 */
class StorePageLinksTest {
    private static final String DISEASE = "src/test/resources/typed/linking_disease.wiki";
    private static final String GENE = "src/test/resources/typed/gene_page.wiki";
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
    void theGenePageLoadedBeforeTheArticleResolvesItToo() {
        String store = tmp.resolve("b").toString();
        load(store, GENE, "示例原纤蛋白");
        load(store, DISEASE, "示例结缔组织病");
        assertEquals("true", ask(store));
    }
}
