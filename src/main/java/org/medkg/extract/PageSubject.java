package org.medkg.extract;

/**
 * What a page that is not about a disease describes, by its own infobox: a drug ({@code {{Drugbox}}}) or a gene
 * ({@code {{PBB}}}, {@code {{Infobox gene}}}, the {@code Template:PBB/N} data pages).
 */
public sealed interface PageSubject permits DrugPage, GenePage {
}
