package org.medkg.extract;

import java.util.List;

/**
 * What the article's prose (and its prose-like infobox fields and categories) state about the disease, and the
 * links of its treatment and cause sentences that named no drug or gene in the text itself: a store resolves
 * those that lead to a page typed as a drug or a gene ({@code treatmentLinks}, {@code causeLinks}).
 */
public record ProseFacts(List<Gene> genes, List<Protein> proteins, List<Drug> drugs, List<Therapy> therapies,
                         List<Inheritance> inheritance, List<Symptom> symptoms, List<Label> causes,
                         List<PageLink> treatmentLinks, List<PageLink> causeLinks) {
}
