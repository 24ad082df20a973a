package org.medkg.wikitext;

import java.util.List;

/**
 * A node of the wikitext syntax tree. Every node knows its source {@link Span}; composite nodes expose their
 * child nodes, in source order, through {@link #children()}.
 */
public sealed interface Node
        permits Text, Template, ParserFunction, TemplateArgument, WikiLink, ExternalLink, Heading, Ref, ContainerTag,
        HtmlTag, Opaque, Entity, Comment, ListItem, Table, TableRow, TableCell, Formatting, MagicWord,
        LanguageVariant {

    Span span();

    /** The direct children in source order; empty for leaves. */
    default List<Node> children() {
        return List.of();
    }
}
