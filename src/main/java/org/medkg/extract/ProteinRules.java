package org.medkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the proteins the text names (names of the gene vocabulary's proteins, and "某種蛋白質（運動神經元存活因子，SMN）", "survival motor neuron protein
 * (SMN)", "a protein called huntingtin", "编码超氧化物歧化酶1") and which gene the text says encodes each:
 * a gene and an encoding cue in one sentence with the protein named there, or referred to ("this protein",
 * "這種蛋白質"), or a gene referred to ("the gene") that was named just before.
 */
final class ProteinRules {
    private final String language;
    private final GeneVocabulary vocabulary;
    private final List<Pattern> patterns;
    private final List<String> boundaries;
    private final Map<String, Protein> proteins = new LinkedHashMap<>();
    /** A symbol and what follows it: a bracket of names, or a protein word ("蛋白質", "因子", "protein"). */
    private static final Pattern SYMBOL_GLOSS = Pattern.compile("(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9-]{1,11})(?:'')?"
            + "(?:\\s*[（(]([^（）()]{2,60})[）)]|(?:蛋白質|蛋白质|蛋白|因子|\\s+protein)(?![A-Za-z]))");
    /** The names in a gloss: split at semicolons, enumeration commas and commas not between digits ("17,20"). */
    private static final Pattern GLOSS_ITEMS = Pattern.compile("[;；、，]|,(?![0-9])");
    /** A protein's short code name ("P450scc", "StAR"): letters and digits, upper and lower case mixed. */
    private static final Pattern CODE_NAME = Pattern.compile("(?=.*[a-z])(?=.*[A-Z0-9])[A-Za-z][A-Za-z0-9]{2,11}");

    ProteinRules(String language, GeneVocabulary vocabulary) {
        this.language = language;
        this.vocabulary = vocabulary;
        String cue = alternation("protein");
        String encode = alternation("encode");
        this.boundaries = both(Lexicon.terms(language, "protein_boundary"));
        this.patterns = language.equals("zh") ? List.of(
                Pattern.compile("(?:" + cue + ")\\s*[（(]\\s*(?<name>[^，,（）()；;。]*\\p{IsHan}[^，,（）()；;。]*?)\\s*[，,、]\\s*(?<abbr>[A-Za-z][A-Za-z0-9-]{0,11})\\s*[）)]"),
                Pattern.compile("(?<name>[\\p{IsHan}A-Za-z0-9α-ωΑ-Ω-]{1,30}?(?:" + cue + ")[A-Za-z0-9α-ωΑ-Ω-]{0,4})\\s*[（(]\\s*(?:(?:英[語语文]\\s*[:：]\\s*)?(?<english>[A-Za-z][A-Za-z0-9 α-ω-]{2,60}?)\\s*[，,]\\s*)?(?<abbr>[A-Za-z][A-Za-z0-9-]{0,11})\\s*[）)]"),
                Pattern.compile("(?:" + encode + ")(?:一種|一种|了)?(?<name>[\\p{IsHan}A-Za-z0-9α-ωΑ-Ω-]{1,30}?(?:" + cue + ")[A-Za-z0-9α-ω]{0,3})(?![\\p{IsHan}])"))
                : List.of(
                Pattern.compile("(?i)(?<name>(?:[a-z0-9α-ω'-]+ ){0,6}?[a-z0-9α-ω'-]*(?:" + cue + "|ase|in)(?:[ -]?(?:[0-9]+|[IVX]{1,5}\\b|[A-Z]\\b))?)\\s*\\((?<abbr>[A-Za-zα-ωΑ-Ω][A-Za-zα-ω0-9-]{1,11})\\)"),
                Pattern.compile("(?i)(?:called|named|known as)\\s+(?:the\\s+)?(?<name>(?:[a-z0-9-]+ ){0,4}protein)\\b"),
                Pattern.compile("(?i)(?:protein|enzyme|factor)s?\\s+(?:called|named|known as)\\s+(?<name>[a-z0-9α-ω-]+(?: [a-z0-9α-ω-]+){0,3}?)(?=[,.;)]|\\s+(?:which|that|in|and|is|,)|$)"),
                Pattern.compile("(?i)(?:" + encode + ")\\s+(?:the |a |an )?(?<name>[a-z0-9α-ω-]+(?: [a-z0-9α-ω-]+){0,3}?(?:ase|in|subunit|chain)(?:[ -]?(?:[0-9]+|[IVX]{1,5}|[A-Z]))?)(?=[,.;)]|\\s+(?:which|that|in|of|and|is|,))"));
    }

    private String alternation(String kind) {
        return both(Lexicon.terms(language, kind)).stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Chinese terms in both scripts (the text may be written in either). */
    private List<String> both(List<String> terms) {
        if (!language.equals("zh")) {
            return terms;
        }
        List<String> all = new ArrayList<>(terms);
        terms.forEach(t -> all.add(ChineseScript.toTraditional(t)));
        return all.stream().distinct().toList();
    }

    List<Protein> find(List<Sentence> sentences, GeneRules genes) {
        Protein lastProtein = null;
        String lastGene = null;
        String section = null;
        for (Sentence s : sentences) {
            if (!GeneRules.isProse(s) || s.role().equals("treatment") || Lexicon.factEnd(s, language) == 0) {
                continue;
            }
            if (!s.section().equals(section)) {
                section = s.section();
                lastProtein = null;
                lastGene = null;
            }
            List<Named> named = named(s);
            List<String> symbols = genes.symbolsIn(s);
            boolean encodes = Lexicon.has(s, language, "encode") || genes.symbolCell(s) != null;
            for (Named n : named) {
                remember(n.protein());
            }
            glossesOfSymbols(s, genes);
            knownNames(s, genes, named);
            if (encodes) {
                for (Named n : named) {
                    String gene = nearestSymbol(s.text(), symbols, n.at());
                    gene = gene != null ? gene : Lexicon.has(s, language, "gene_anaphor") ? lastGene : null;
                    if (gene != null) {
                        link(n.protein(), gene);
                    }
                }
                if (named.isEmpty() && lastProtein != null && Lexicon.has(s, language, "protein_anaphor")) {
                    String gene = !symbols.isEmpty() ? symbols.get(0)
                            : Lexicon.has(s, language, "gene_anaphor") ? lastGene : null;
                    if (gene != null) {
                        link(lastProtein, gene);
                    }
                }
            }
            for (String symbol : symbols) {
                Protein same = proteins.get(key(symbol));
                if (same != null && same.encodedBy() == null && encodes) {
                    link(same, symbol);
                }
            }
            if (!named.isEmpty()) {
                lastProtein = proteins.get(named.get(named.size() - 1).protein().key().toLowerCase(Locale.ROOT));
            }
            if (!symbols.isEmpty()) {
                lastGene = symbols.get(symbols.size() - 1);
            }
        }
        return merged(proteins.values().stream().filter(p -> p.encodedBy() != null).toList());
    }

    /**
     * One protein per gene as far as the text allows: a name given without an abbreviation joins the protein of
     * the same gene that has one ("CFTR蛋白" and "囊性纖維化跨膜傳導調節蛋白（CFTR）" are one protein).
     */
    private static List<Protein> merged(List<Protein> linked) {
        Map<String, String> abbreviationOfGene = new LinkedHashMap<>();
        for (Protein p : linked) {
            if (p.abbreviation() != null) {
                abbreviationOfGene.putIfAbsent(p.encodedBy(), p.abbreviation());
            }
        }
        Map<String, Protein> out = new LinkedHashMap<>();
        for (Protein p : linked) {
            String abbreviation = p.abbreviation() != null ? p.abbreviation() : abbreviationOfGene.get(p.encodedBy());
            Protein merged = new Protein(p.name(), p.englishName(), abbreviation, p.encodedBy(), p.evidence());
            out.putIfAbsent(merged.key().toLowerCase(Locale.ROOT) + " " + p.name(), merged);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Proteins of the gene vocabulary the sentence names, each linked to the gene that encodes it when that is
     * one of the article's genes ("酸性神經鞘磷脂酶" of SMPD1, "plectin" of PLEC).
     */
    private void knownNames(Sentence s, GeneRules genes, List<Named> named) {
        for (TermIndex.Match<String> m : vocabulary.proteinNamesIn(Fold.of(s.text()))) {
            String written = s.text().substring(m.start(), m.end()).strip();
            String symbol = m.values().stream().filter(genes::isFound).findFirst().orElse(null);
            if (symbol == null || GeneRules.isSymbol(written)) {
                continue;
            }
            Protein same = named.stream().map(Named::protein).filter(p -> mentions(p, written)).findFirst()
                    .orElse(null);
            if (same != null) {
                link(same, symbol);
            } else if (!namedAlready(written) && !hasProtein(symbol)) {
                Protein p = new Protein(Label.of(written, language, null), null, null, null, s.evidence());
                remember(p);
                link(p, symbol);
            }
        }
    }

    /** Whether a protein the text names is known to be this gene's already. */
    private boolean hasProtein(String symbol) {
        return proteins.values().stream().anyMatch(p -> symbol.equals(p.encodedBy()));
    }

    /** Whether the protein's name, English name or abbreviation holds this name. */
    private static boolean mentions(Protein p, String name) {
        String folded = Fold.of(name);
        return p.name() != null && Fold.of(p.name().text()).contains(folded)
                || p.englishName() != null && Fold.of(p.englishName()).contains(folded);
    }

    /**
     * Names the text gives a found gene's product right after its symbol: in brackets
     * ("CYP11A1（P450scc;胆固醇侧链裂解酶）"), or as the symbol with a protein word ("NPC1蛋白質", "vWF因子").
     */
    private void glossesOfSymbols(Sentence s, GeneRules genes) {
        Matcher m = SYMBOL_GLOSS.matcher(s.text());
        while (m.find()) {
            String symbol = genes.resolveSpelling(m.group(1));
            if (symbol == null || !genes.isFound(symbol)) {
                continue;
            }
            if (m.group(2) == null) {
                nameFor(symbol, m.group(0).strip(), null, s);
                continue;
            }
            String name = null;
            String code = null;
            for (String item : GLOSS_ITEMS.split(m.group(2))) {
                String n = item.strip();
                if (n.isEmpty() || n.length() > 30 || GeneRules.isSymbol(n)) {
                    continue;
                }
                boolean proteinWord = Lexicon.has(new Sentence(n, ChineseScript.toSimplified(n), s.section(),
                        s.role(), s.line(), s.column(), List.of(), false, List.of()), language, "protein");
                if (name == null && (proteinWord || vocabulary.encoding(n).contains(symbol))) {
                    name = n;
                } else if (code == null && CODE_NAME.matcher(n).matches()) {
                    code = n;
                }
            }
            if (name != null || code != null) {
                nameFor(symbol, name, code, s);
            }
        }
    }

    /** A protein of a found gene, by its name and its short code name (either may be null). */
    private void nameFor(String symbol, String name, String code, Sentence s) {
        if (name != null && namedAlready(name) || code != null && proteins.containsKey(code.toLowerCase(Locale.ROOT))) {
            return;
        }
        Protein p = new Protein(name == null ? null : Label.of(name, language, null), null, code, null, s.evidence());
        remember(p);
        link(p, symbol);
    }

    /** Whether a protein of this name (in either script) was found already. */
    private boolean namedAlready(String name) {
        String folded = Fold.of(name);
        return proteins.values().stream().anyMatch(p -> p.name() != null && Fold.of(p.name().text()).equals(folded));
    }

    /** A protein named in a sentence, and the offset where its mention starts. */
    private record Named(Protein protein, int at) {
    }

    /** The gene symbol mentioned closest before {@code at} (else closest after), or null. */
    private static String nearestSymbol(String text, List<String> symbols, int at) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String symbol : symbols) {
            for (int i = text.indexOf(symbol); i >= 0; i = text.indexOf(symbol, i + 1)) {
                int distance = i <= at ? at - i : text.length() + i - at;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = symbol;
                }
            }
        }
        return best;
    }

    private List<Named> named(Sentence s) {
        List<Named> found = new ArrayList<>();
        if (!Lexicon.has(s, language, "protein") && !Lexicon.has(s, language, "encode") && s.cells().isEmpty()) {
            return found;
        }
        if (!s.cells().isEmpty()) {
            for (String cell : s.cells()) {
                Sentence single = new Sentence(cell, ChineseScript.toSimplified(cell), s.section(), s.role(), s.line(),
                        s.column(), List.of(), true, List.of());
                if (!GeneRules.isSymbol(cell.strip()) && cell.length() <= 30 && Lexicon.has(single, language, "protein")
                        && !Lexicon.has(single, language, "deficiency")
                        && patterns.stream().noneMatch(p -> p.matcher(cell).find())) {
                    found.add(new Named(new Protein(Label.of(cell.strip(), language, null), null, null, null,
                            s.evidence()), s.text().indexOf(cell)));
                }
            }
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s.text());
            while (m.find()) {
                String name = clean(m.group("name"));
                String abbr = p.pattern().contains("?<abbr>") ? m.group("abbr") : null;
                String english = p.pattern().contains("?<english>") ? m.group("english") : null;
                if (name.isEmpty() && abbr == null || isCueOnly(name) || notAProtein(name)) {
                    continue;
                }
                found.add(new Named(new Protein(name.isEmpty() ? null : Label.of(name, language, null),
                        english == null ? null : english.strip(), abbr, null, s.evidence()),
                        m.start("name") + m.group("name").length() - name.length()));
            }
        }
        return found;
    }

    private boolean notAProtein(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return Lexicon.terms(language, "not_protein").contains(last);
    }

    /** A protein's name without the words before it that are not part of it. */
    private String clean(String raw) {
        String name = raw.strip();
        if (language.equals("zh")) {
            int cut = 0;
            for (String b : boundaries) {
                int i = name.lastIndexOf(b);
                if (i >= 0 && i + b.length() > cut && i + b.length() < name.length() - 1) {
                    cut = i + b.length();
                }
            }
            return name.substring(cut).strip();
        }
        String[] words = name.split(" ");
        int first = 0;
        for (int i = 0; i < words.length - 1; i++) {
            if (boundaries.contains(words[i].toLowerCase(Locale.ROOT))) {
                first = i + 1;
            }
        }
        return String.join(" ", Arrays.copyOfRange(words, first, words.length)).strip();
    }

    private boolean isCueOnly(String name) {
        String n = language.equals("zh") ? ChineseScript.toSimplified(name) : name.toLowerCase(Locale.ROOT);
        return Lexicon.terms(language, "protein").contains(n);
    }

    private void remember(Protein p) {
        String key = p.key().toLowerCase(Locale.ROOT);
        Protein known = proteins.get(key);
        if (known == null) {
            proteins.put(key, p);
        } else if (known.name() == null && p.name() != null) {
            proteins.put(key, new Protein(p.name(), p.englishName(), known.abbreviation(), known.encodedBy(),
                    known.evidence()));
        }
    }

    private void link(Protein p, String gene) {
        String key = p.key().toLowerCase(Locale.ROOT);
        Protein known = proteins.getOrDefault(key, p);
        if (known.encodedBy() == null) {
            proteins.put(key, new Protein(known.name(), known.englishName(), known.abbreviation(), gene,
                    known.evidence()));
        }
    }

    private static String key(String symbol) {
        return symbol.toLowerCase(Locale.ROOT);
    }
}
