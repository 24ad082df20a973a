package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.medkg.wikitext.Comment;
import org.medkg.wikitext.ContainerTag;
import org.medkg.wikitext.Heading;
import org.medkg.wikitext.ListItem;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Opaque;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Ref;
import org.medkg.wikitext.Section;
import org.medkg.wikitext.Table;
import org.medkg.wikitext.TableCell;
import org.medkg.wikitext.TableRow;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Text;
import org.medkg.wikitext.Titles;
import org.medkg.wikitext.WikiLink;

/**
 * Splits an article's prose into {@link Sentence}s: section by section, without footnotes, infoboxes or
 * navigation templates, keeping for each sentence its position and the links and text templates in it.
 * List items and table cells are sentences of their own.
 */
final class Prose {
    private static final Set<String> LINK_TEMPLATES = DataFiles.templateKeys("link-templates.txt");
    /** A link template's language parameter ("en" of {{tsl|en|…}}), which names no page. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(?:-[a-z]{2,4})?");
    private final String language;
    private final List<Sentence> sentences = new ArrayList<>();

    private Prose(String language) {
        this.language = language;
    }

    static List<Sentence> of(List<Section> sections, String language) {
        Prose p = new Prose(language);
        for (Section s : sections) {
            p.section(s, "");
        }
        return p.sentences;
    }

    /** A section and its subsections; a subsection whose heading says nothing of its role takes its parent's. */
    private void section(Section s, String parentRole) {
        String title = s.title();
        String own = SectionRoles.of(title);
        String role = own.isEmpty() ? parentRole : own;
        Builder b = new Builder(title, role, false);
        List<Node> todo = new ArrayList<>(s.body());
        while (!todo.isEmpty()) {
            Node node = todo.remove(0);
            if (node instanceof ListItem item) {
                b.flush();
                Builder li = new Builder(title, role, true);
                item.content().forEach(li::inline);
                li.flush();
            } else if (node instanceof Table t) {
                b.flush();
                for (TableRow row : t.rows()) {
                    Builder r = new Builder(title, role, true);
                    for (TableCell cell : row.cells()) {
                        int from = r.text.length();
                        cell.content().forEach(r::inline);
                        r.cells.add(PlainText.collapse(r.text.substring(from)));
                        r.text.append(" ；");
                    }
                    r.flushWhole();
                }
            } else if (node instanceof Heading) {
                b.flush();
            } else {
                b.inline(node);
            }
        }
        b.flush();
        for (Section sub : s.subsections()) {
            section(sub, role);
        }
    }

    /** An anchor while its sentence is being built: where its text stands in the builder's text. */
    private record Anchor(int start, int end, String shown, String target, boolean template, boolean linking) {
    }

    /** Accumulates inline nodes into text with anchors, and cuts it into sentences. */
    private final class Builder {
        private final String section;
        private final String role;
        private final boolean listItem;
        private final StringBuilder text = new StringBuilder();
        private final List<Anchor> anchors = new ArrayList<>();
        private final List<int[]> positions = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();

        Builder(String section, String role, boolean listItem) {
            this.section = section;
            this.role = role;
            this.listItem = listItem;
        }

        void inline(Node node) {
            if (node instanceof Ref || node instanceof Comment || node instanceof Opaque
                    || node instanceof ContainerTag) {
                return;
            }
            int start = text.length();
            String shown = PlainText.of(List.of(node));
            if (node instanceof Template t && shown.isEmpty()) {
                return;
            }
            positions.add(new int[] {start, node.span().line(), node.span().column(), node instanceof Text ? 1 : 0});
            text.append(shown);
            if (node instanceof WikiLink l && !l.isCategory() && !l.isFile() && !l.isInterlanguage()) {
                anchors.add(new Anchor(start, text.length(), shown, l.target(), false, true));
            } else if (node instanceof Template t) {
                boolean linking = LINK_TEMPLATES.contains(Titles.key(t.name()));
                for (Parameter p : t.parameters()) {
                    String v = PlainText.line(p.value());
                    if (!v.isEmpty() && !(linking && LANGUAGE_CODE.matcher(v).matches())) {
                        anchors.add(new Anchor(start, text.length(), shown, v, true, linking));
                    }
                }
            }
        }

        /** The whole text as one sentence (a table row). */
        void flushWhole() {
            emit(text.toString(), 0, text.length());
            text.setLength(0);
            anchors.clear();
            positions.clear();
            cells.clear();
        }

        void flush() {
            String all = text.toString();
            int from = 0;
            for (int i = 0; i <= all.length(); i++) {
                if (i == all.length() || isSentenceEnd(all, i)) {
                    int end = Math.min(all.length(), i + 1);
                    emit(all, from, end);
                    from = end;
                }
            }
            text.setLength(0);
            anchors.clear();
            positions.clear();
        }

        private boolean isSentenceEnd(String s, int i) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 2 < s.length() && s.charAt(i + 1) == ' '
                    && Character.isUpperCase(s.charAt(i + 2))) {
                int w = i;
                while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                    w--;
                }
                return i - w > 1 || i - w == 0;
            }
            return false;
        }

        /** The line and column of offset {@code at} of a text node's text that starts at {@code pos}. */
        private int[] advance(String all, int[] pos, int at) {
            int line = pos[1];
            int column = pos[2];
            for (int i = pos[0]; i < at; i++) {
                if (all.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new int[] {at, line, column, 1};
        }

        private void emit(String all, int from, int to) {
            String raw = all.substring(from, to);
            String sentence = PlainText.collapse(raw);
            if (sentence.length() < 2) {
                return;
            }
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
                lead++;
            }
            int at = from + lead;
            int[] pos = {at, 1, 1, 0};
            for (int[] p : positions) {
                if (p[0] <= at) {
                    pos = p;
                }
            }
            if (pos[3] == 1) {
                pos = advance(all, pos, at);
            }
            List<Sentence.Anchor> inside = new ArrayList<>();
            for (Anchor a : anchors) {
                if (a.start() >= from && a.end() <= to) {
                    inside.add(new Sentence.Anchor(a.shown().strip(), a.target(), a.template(), a.linking()));
                }
            }
            String simplified = language.equals("zh") ? ChineseScript.toSimplified(sentence) : sentence;
            sentences.add(new Sentence(sentence, simplified, section, role, pos[1], pos[2], inside, listItem,
                    List.copyOf(cells)));
        }
    }
}
