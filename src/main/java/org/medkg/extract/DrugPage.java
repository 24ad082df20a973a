package org.medkg.extract;

import java.util.List;

/**
 * A drug page: the drug's name (as written), its other labels and alternate names, its English name when
 * the page gives one (or null), and its identifiers (ATC, DrugBank, CAS, PubChem …, by the drug-identifier
 * registry).
 */
public record DrugPage(Label name, List<Label> labels, List<Label> alternateNames, String englishName,
                       List<Code> identifiers) implements PageSubject {
}
