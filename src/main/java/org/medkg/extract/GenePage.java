package org.medkg.extract;

import java.util.List;

/**
 * A gene (or protein) page: the gene's HGNC symbol, its NCBI Gene id (or ""), the names the page gives it, and
 * where its infobox stands.
 */
public record GenePage(String symbol, String entrezId, List<Label> names, Evidence evidence) implements PageSubject {
}
