package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline and JSON renderings of a tree. */
class TreePrinterTest {

    @Test
    void outlineShowsTypesPositionsAndParameters() {
        String outline = TreePrinter.outline(TreeChecks.parse("{{a|b=[[c|d]]}}").nodes());
        assertEquals("""
                Template 1:1 name="A"
                  | b =
                    WikiLink 1:7 target="C"
                      label:
                        Text 1:11 text="d"
                """, outline);
    }

    @Test
    void jsonCarriesSpansAndChildren() {
        String json = TreePrinter.json(TreeChecks.parse("{{a|b=[[c|d]]}}").nodes());
        assertTrue(json.startsWith("[{\"type\":\"Template\",\"start\":0,\"end\":15,\"line\":1,\"column\":1,\"name\":\"A\""));
        assertTrue(json.contains("{\"type\":\"WikiLink\",\"start\":6,\"end\":13,\"line\":1,\"column\":7,\"target\":\"C\""));
        assertTrue(json.endsWith("]}]}]"));
    }

    @Test
    void jsonEscapesControlCharacters() {
        String json = TreePrinter.json(TreeChecks.parse("a\"b\\c\n\0").nodes());
        assertTrue(json.contains("\"text\":\"a\\\"b\\\\c\\n\\u0000\""), json);
    }

    @Test
    void deepOutlineStopsIndentingAndShowsTheDepth() {
        int depth = 2_000;
        List<Node> nodes = TreeChecks.parse("[[a|".repeat(depth) + "]]".repeat(depth)).nodes();
        String outline = TreePrinter.outline(nodes);
        String[] lines = outline.split("\n");
        String deepest = lines[lines.length - 1];
        assertTrue(deepest.matches(" {80}\\[\\d{4}] label:"), deepest);
        assertTrue(outline.length() < 200 * lines.length, "output stays linear in the number of nodes");
    }
}
