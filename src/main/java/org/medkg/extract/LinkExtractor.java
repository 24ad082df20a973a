package org.medkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.medkg.wikitext.ExternalLink;
import org.medkg.wikitext.ListItem;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Ref;
import org.medkg.wikitext.Section;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Titles;
import org.medkg.wikitext.WikiDocument;
import org.medkg.wikitext.WikiLink;

/**
 * The article's links: categories, links to other articles, "see also" entries, external links outside
 * footnotes and templates, and the main image (the infobox's, else the first file shown).
 */
final class LinkExtractor {
    private final String language;

    LinkExtractor(String language) {
        this.language = language;
    }

    List<Category> categories(WikiDocument doc) {
        Map<String, Category> found = new LinkedHashMap<>();
        doc.links().filter(WikiLink::isCategory).forEach(l -> {
            Label name = Label.of(l.target(), language, Evidence.at(l, ""));
            String key = name.simplified() != null ? name.simplified() : name.text();
            found.putIfAbsent(key, new Category(name));
        });
        return new ArrayList<>(found.values());
    }

    /** Links to other articles of the same wiki, from the body (not from footnotes), once each. */
    List<PageLink> pageLinks(List<Section> sections) {
        Map<String, PageLink> found = new LinkedHashMap<>();
        for (Section s : sections) {
            String title = s.title();
            walkOutsideRefs(s.allNodes(), node -> {
                if (node instanceof WikiLink l && isArticleLink(l)) {
                    found.putIfAbsent(l.target(), new PageLink(language, l.target(), Evidence.at(l, title)));
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    /** The links listed in "see also" sections. */
    List<PageLink> seeAlso(List<Section> sections) {
        Map<String, PageLink> found = new LinkedHashMap<>();
        for (Section s : sections) {
            if (!SectionRoles.of(s.title()).equals("see_also")) {
                continue;
            }
            for (Node node : s.allNodes()) {
                if (node instanceof ListItem item) {
                    for (Node child : item.content()) {
                        if (child instanceof WikiLink l && isArticleLink(l)) {
                            found.putIfAbsent(l.target(), new PageLink(language, l.target(), Evidence.at(l, s.title())));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** External links written in the article's own text (not in footnotes or templates). */
    List<WebLink> externalLinks(List<Section> sections) {
        Map<String, WebLink> found = new LinkedHashMap<>();
        for (Section s : sections) {
            walkOutsideRefs(s.allNodes(), node -> {
                if (node instanceof ExternalLink e && e.url().matches("(?i)https?://.+")) {
                    found.putIfAbsent(e.url(), new WebLink(e.url(), PlainText.line(e.label()),
                            Evidence.at(e, s.title())));
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    /** The infobox image, else the first file link of the article. */
    Image image(WikiDocument doc, Infobox box) {
        Map<String, Parameter> roles = box.byRole();
        Parameter image = roles.get("image");
        if (image != null) {
            String file = fileName(image);
            if (!file.isEmpty()) {
                Parameter caption = roles.get("caption");
                Label text = caption == null ? null : nonEmpty(PlainText.line(caption.value()), caption);
                return new Image(file, text, Evidence.at(image.value().get(0), ""));
            }
        }
        return doc.links().filter(WikiLink::isFile).findFirst().map(l -> new Image(l.target(),
                l.label() == null ? null : nonEmpty(PlainText.line(l.label()), null), Evidence.at(l, "")))
                .orElse(null);
    }

    private Label nonEmpty(String text, Parameter at) {
        if (text.isEmpty()) {
            return null;
        }
        return Label.of(text, language, at == null || at.value().isEmpty() ? null : Evidence.at(at.value().get(0), ""));
    }

    private static String fileName(Parameter image) {
        for (Node node : image.value()) {
            if (node instanceof WikiLink l && l.isFile()) {
                return l.target();
            }
        }
        String text = PlainText.line(image.value());
        int colon = text.indexOf(':');
        if (colon > 0 && Titles.namespace(text.substring(0, colon)) != null) {
            text = text.substring(colon + 1).trim();
        }
        return text;
    }

    private static boolean isArticleLink(WikiLink l) {
        return l.namespace().isEmpty() && l.interwiki().isEmpty() && !l.target().isEmpty();
    }

    /** Visits nodes and descendants, but not inside footnotes or templates. */
    private static void walkOutsideRefs(List<Node> nodes, Consumer<Node> visitor) {
        List<Node> todo = new ArrayList<>(nodes);
        Collections.reverse(todo);
        while (!todo.isEmpty()) {
            Node node = todo.remove(todo.size() - 1);
            visitor.accept(node);
            if (node instanceof Ref || node instanceof Template) {
                continue;
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.add(children.get(i));
            }
        }
    }
}
