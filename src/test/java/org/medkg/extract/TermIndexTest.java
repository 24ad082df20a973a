package org.medkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {

    private static List<String> found(TermIndex<String> index, String text, boolean words) {
        return index.find(text, words).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.values())
                .toList();
    }

    @Test
    void longestTermWinsAndTheSearchGoesOnAfterIt() {
        TermIndex<String> index = new TermIndex<>();
        index.add("头孢", "prefix");
        index.add("头孢曲松", "ceftriaxone");
        index.add("曲松", "other");
        assertEquals(List.of("头孢曲松=[ceftriaxone]"), found(index, "静脉注射头孢曲松治疗", false));
    }

    @Test
    void wordBoundariesHoldForLatinScriptButNotForHan() {
        TermIndex<String> index = new TermIndex<>();
        index.add("insulin", "INS");
        index.add("胰岛素", "INS");
        assertEquals(List.of(), found(index, "proinsulin and insulinoma", true));
        assertEquals(List.of("insulin=[INS]", "胰岛素=[INS]"), found(index, "insulin (胰岛素治疗)", true));
    }

    @Test
    void aTermAddedTwiceStandsForBothValues() {
        TermIndex<String> index = new TermIndex<>();
        index.add("type i collagen", "COL1A1");
        index.add("type i collagen", "COL1A2");
        index.add("type i collagen", "COL1A2");
        assertEquals(List.of("COL1A1", "COL1A2"), index.get("type i collagen"));
        assertTrue(index.get("type i").isEmpty());
    }

    @Test
    void findingIsLinearInTheText() {
        TermIndex<String> index = new TermIndex<>();
        index.add("a".repeat(50) + "b", "x");
        String text = "a".repeat(20_000);
        assertEquals(List.of(), index.find(text, false));
    }
}
