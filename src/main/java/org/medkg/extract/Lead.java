package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.medkg.wikitext.Formatting;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Section;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.WikiDocument;

/** The article's lead: its first paragraph as plain text, its first sentence, and its bold terms. */
final class Lead {
    private final List<Node> nodes;
    private final String language;

    Lead(Section lead, String language) {
        this.nodes = lead.body();
        this.language = language;
    }

    /** The first paragraph with text, as one line of plain text. */
    String firstParagraph() {
        String text = PlainText.of(nodes);
        for (String paragraph : text.split("\n\\s*\n")) {
            String line = PlainText.collapse(paragraph);
            if (line.length() > 1) {
                return line;
            }
        }
        return "";
    }

    /** The first sentence of the first paragraph. */
    String firstSentence() {
        String p = firstParagraph();
        if (language.equals("zh")) {
            int end = p.indexOf('。');
            return end < 0 ? p : p.substring(0, end + 1);
        }
        for (int i = 0; i + 1 < p.length(); i++) {
            if (p.charAt(i) == '.' && p.charAt(i + 1) == ' ' && i + 2 < p.length()
                    && Character.isUpperCase(p.charAt(i + 2)) && !abbreviationBefore(p, i)) {
                return p.substring(0, i + 1);
            }
        }
        return p;
    }

    private static boolean abbreviationBefore(String p, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(p.charAt(start - 1))) {
            start--;
        }
        String word = p.substring(start, dot);
        return word.length() <= 1 || word.equals("e.g") || word.equals("i.e") || word.equals("vs")
                || word.equals("al") || word.equals("St") || word.equals("Dr");
    }

    /** The templates of the lead (nested ones included), in order. */
    List<Template> templates() {
        List<Template> found = new ArrayList<>();
        WikiDocument.walk(nodes, n -> {
            if (n instanceof Template t) {
                found.add(t);
            }
        });
        return found;
    }

    /** The node lists between pairs of bold marks in the first paragraph, in order. */
    List<List<Node>> boldTerms() {
        List<List<Node>> terms = new ArrayList<>();
        List<Node> current = null;
        boolean sawText = false;
        for (Node node : nodes) {
            if (node instanceof Formatting f && f.bold()) {
                if (current == null) {
                    current = new ArrayList<>();
                } else {
                    terms.add(current);
                    current = null;
                }
            } else if (current != null) {
                current.add(node);
            } else if (sawText && PlainText.of(List.of(node)).contains("\n\n")) {
                break;
            }
            if (!PlainText.of(List.of(node)).isBlank()) {
                sawText = true;
            }
        }
        return terms;
    }
}
