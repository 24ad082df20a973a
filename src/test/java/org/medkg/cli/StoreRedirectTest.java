package org.medkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dump's redirect page becomes an alternate name of its target's disease once both are in the store. */
class StoreRedirectTest {
    private static final String DUMP = "src/test/resources/dumps/zh-0.10.xml";
    private static final String ASK = "ASK { ?d a schema:MedicalCondition ; schema:mainEntityOfPage ?page ;"
            + " schema:alternateName \"肺囊性纖維化\"@zh . FILTER(CONTAINS(STR(?page), \"wiki/\")) }";

    @TempDir
    Path tmp;

    @Test
    void redirectTitleBecomesAnAlternateNameAndReloadAddsNoDuplicate() {
        String store = tmp.resolve("store").toString();
        Cli.Run load = StoreCommandsTest.medkg("load", DUMP, "--store", store);
        assertEquals(0, load.status(), load.toString());
        assertTrue(load.err().contains("1 redirect linked as alternate names"), load.err());
        assertEquals("true", StoreCommandsTest.medkg("query", "--store", store, "-e", ASK).out().strip());

        String before = StoreCommandsTest.medkg("stats", "--store", store).out();
        Cli.Run again = StoreCommandsTest.medkg("load", DUMP, "--store", store);
        assertEquals(0, again.status(), again.toString());
        assertEquals(before, StoreCommandsTest.medkg("stats", "--store", store).out(), "re-load is idempotent");
        assertEquals("true", StoreCommandsTest.medkg("query", "--store", store, "-e", ASK).out().strip());
    }
}
