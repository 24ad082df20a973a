package org.medkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Human genes by HGNC symbol (from NCBI Gene and HGNC: {@code genes.tsv}, with the mitochondrial genes that
 * encode no protein in {@code genes-noncoding.tsv}), their aliases, and the names of the proteins they encode:
 * approved names, and medkg's own tables of names as articles write them ({@code protein-names-en.tsv},
 * {@code protein-names-zh.tsv}). An alias shared by several genes, or equal to another gene's symbol,
 * resolves to none.
 */
final class GeneVocabulary {
    private static final int SHORTEST_ALIAS = 3;
    private static final int SHORTEST_PROTEIN_NAME = 4;

    private final Map<String, String> entrez = new HashMap<>();
    private final Map<String, String> symbolByEntrez = new HashMap<>();
    private final Map<String, String> byUpperCase = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final TermIndex<String> proteinNames = new TermIndex<>();

    GeneVocabulary(Vocabularies.Source source) {
        Set<String> ambiguousUpper = new HashSet<>();
        Map<String, Set<String>> aliasGenes = new HashMap<>();
        for (String file : List.of("genes.tsv", "genes-noncoding.tsv")) {
            for (LexiconFile.Row r : source.rows(file, 3, 5)) {
                String symbol = r.get(0).strip();
                entrez.put(symbol, r.get(1).strip());
                if (!r.get(1).isBlank()) {
                    symbolByEntrez.put(r.get(1).strip(), symbol);
                }
                if (byUpperCase.putIfAbsent(symbol.toUpperCase(Locale.ROOT), symbol) != null) {
                    ambiguousUpper.add(symbol.toUpperCase(Locale.ROOT));
                }
                addProteinName(r.get(2), symbol);
                for (String alias : r.get(3).split("\\|")) {
                    if (alias.strip().length() >= SHORTEST_ALIAS) {
                        aliasGenes.computeIfAbsent(alias.strip(), k -> new HashSet<>()).add(symbol);
                    }
                }
            }
        }
        ambiguousUpper.forEach(byUpperCase::remove);
        aliasGenes.forEach((alias, symbols) -> {
            if (symbols.size() == 1 && !entrez.containsKey(alias)) {
                aliases.put(alias, symbols.iterator().next());
            }
        });
        for (String file : List.of("protein-names-en.tsv", "protein-names-zh.tsv")) {
            for (LexiconFile.Row r : source.rows(file, 2, 2)) {
                String symbol = r.get(1).strip();
                if (!entrez.containsKey(symbol)) {
                    throw r.problem(symbol + " is not a gene symbol of genes.tsv");
                }
                addProteinName(r.get(0), symbol);
            }
        }
    }

    private void addProteinName(String name, String symbol) {
        for (String variant : TypeNumerals.variants(name.strip())) {
            String folded = Fold.of(variant);
            if (folded.length() >= SHORTEST_PROTEIN_NAME || ChineseScript.hasHan(folded) && folded.length() >= 2) {
                proteinNames.add(folded, symbol);
            }
        }
    }

    /** Whether {@code token} is a gene's HGNC symbol, exactly as written. */
    boolean isSymbol(String token) {
        return entrez.containsKey(token);
    }

    /** The gene's NCBI Gene id, or "" when the vocabulary gives none. */
    String entrezId(String symbol) {
        return entrez.getOrDefault(symbol, "");
    }

    /** The symbol of the gene with this NCBI Gene id, or null. */
    String symbolOfEntrezId(String id) {
        return symbolByEntrez.get(id.strip());
    }

    /** The symbol {@code token} writes in other case ("vWF" → VWF), or null. */
    String symbolIgnoringCase(String token) {
        return byUpperCase.get(token.toUpperCase(Locale.ROOT));
    }

    /** The one gene {@code token} is an alias of ("CYPOR" → POR), or null. */
    String symbolOfAlias(String token) {
        return aliases.get(token);
    }

    /** Protein names in folded text ({@link Fold}), each with the symbols of the genes that encode it. */
    List<TermIndex.Match<String>> proteinNamesIn(String folded) {
        return proteinNames.find(folded, true);
    }

    /** The genes encoding the protein of this name, as written or folded (empty when unknown). */
    List<String> encoding(String proteinName) {
        return proteinNames.get(Fold.of(proteinName.strip()));
    }
}
