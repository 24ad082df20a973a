package org.medkg.extract;

import java.util.List;

/** What the article's prose (and its prose-like infobox fields and categories) state about the disease. */
public record ProseFacts(List<Gene> genes, List<Protein> proteins, List<Drug> drugs, List<Therapy> therapies,
                         List<Inheritance> inheritance, List<Symptom> symptoms, List<Label> causes) {
}
