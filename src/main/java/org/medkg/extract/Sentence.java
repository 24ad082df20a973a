package org.medkg.extract;

import java.util.List;

/**
 * One sentence of prose: its plain text (and the same in simplified script, for matching Chinese cues),
 * the section it stands in and that section's role, where it starts, and the links and templates it holds.
 * A table row is one sentence whose {@code cells} hold each cell's text (empty for other sentences).
 */
record Sentence(String text, String simplified, String section, String role, int line, int column,
                List<Anchor> anchors, boolean listItem, List<String> cells) {

    /**
     * A link or template inside the sentence: the text it shows, what it points to (a link's target, or one of
     * a template's parameter values), whether it is a template, and whether it links to a page (a wiki link,
     * or a template of {@code link-templates.txt} such as {@code {{le|…}}}).
     */
    record Anchor(String shown, String target, boolean template, boolean linking) {
    }

    Evidence evidence() {
        return new Evidence(line, column, section, text);
    }
}
