package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.WikiLink;

/**
 * Finds the genes an article gives as causes. Every gene is one of the gene vocabulary ({@link GeneVocabulary}):
 * a token written as an HGNC symbol, or, where a gene cue vouches for it ("vWF基因", a link to "CTNS基因", a
 * table cell of a genetics section), a symbol written in other case or a gene's unique alias; or the gene of a
 * protein the text names ("编码11β-羟化酶的基因", "plectin gene"). A gene counts as a cause in a sentence
 * that speaks of a cause: next to the word "gene" (or in a list joined to such a symbol), or, for a symbol
 * unlikely to be an acronym, anywhere in a list item or a sentence naming this disease that speaks of genes
 * and their mutation; in a cause or
 * genetics section also a linked symbol, a symbol that "encodes" something, or a symbol alone in a table
 * cell; and the infobox's genes parameter. Symbols in "see also", reading lists, external links, treatment
 * and differential-diagnosis sections, in sentences about another disease, and the disease's own names,
 * are never causes; nor are genes in a sentence that speaks of another disease ({@link OtherDiseases}), nor
 * in a sentence of a classification section that says no more than that they are mutated (markers of
 * subtypes).
 */
final class GeneRules {
    static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Za-z0-9-])(C[0-9XY]{1,2}orf[0-9]{1,3}|[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?)(?![A-Za-z0-9-])");
    private static final Pattern CUED_ZH = Pattern.compile("(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9-]{1,11})\\s*基因");
    private static final Pattern CUED_EN = Pattern.compile("(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9-]{1,11}) genes?\\b");
    /** A bacterial gene's name (katG, inhA, rpoB), which a human gene's symbol in other case is not. */
    private static final Pattern BACTERIAL = Pattern.compile("[a-z]{3}[A-Z][0-9]?");
    private static final Pattern NUCLEOTIDES = Pattern.compile("[ACGTU]{2,6}");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*[（(](gene|基因)[)）]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|，|、|/|and|or|和|或|及|与|與|以及)?\\s*(the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_CAUSAL = Set.of("see_also", "further_reading", "external_links", "references",
            "treatment", "differential");
    private static final Set<String> GENETIC = Set.of("cause", "genetics");
    private static final Set<String> TABULATED = Set.of("cause", "genetics", "classification");
    private static final int WINDOW_ZH = 6;
    private static final int WINDOW_EN = 24;

    private final String language;
    private final Set<String> excluded;
    private final Set<String> diseaseNames;
    private final OtherDiseases others;
    private final GeneVocabulary vocabulary;
    private final boolean heritable;
    private final Map<String, Gene> genes = new LinkedHashMap<>();
    private final Set<String> inferred = new HashSet<>();
    private final Map<String, PageLink> causeLinks = new LinkedHashMap<>();

    /**
     * @param diseaseNames names and abbreviations of the disease, which are causes only right beside "gene"
     * @param heritable whether the article gives the disease a mode of inheritance or calls it hereditary
     *                  (then a protein it says is deficient names the gene at fault)
     */
    GeneRules(String language, Set<String> diseaseNames, GeneVocabulary vocabulary, boolean heritable) {
        this.language = language;
        this.vocabulary = vocabulary;
        this.heritable = heritable;
        this.diseaseNames = diseaseNames;
        this.others = new OtherDiseases(language, diseaseNames);
        this.excluded = new HashSet<>();
        Lexicon.terms("en", "not_symbol").forEach(t -> excluded.add(t.toUpperCase(Locale.ROOT)));
        excluded.addAll(diseaseNames);
    }

    /** Whether a sentence's section may state facts about the disease (not a list of links or readings). */
    static boolean isProse(Sentence s) {
        return !Set.of("see_also", "further_reading", "external_links", "references", "differential")
                .contains(s.role());
    }

    List<Gene> find(List<Sentence> sentences, Infobox box) {
        Parameter param = box.byRole().get("genes");
        if (param != null) {
            infobox(param);
        }
        for (Sentence s : sentences) {
            if (NOT_CAUSAL.contains(s.role())) {
                continue;
            }
            int end = Lexicon.factEnd(s, language);
            if (end == 0 || others.spokenOf(s)) {
                continue;
            }
            boolean genetic = GENETIC.contains(s.role());
            String cellSymbol = TABULATED.contains(s.role()) ? symbolCell(s) : null;
            String alone = s.listItem() && genetic ? resolve(s.text().strip(), true) : null;
            if (cellSymbol != null) {
                add(cellSymbol, s);
            } else if (alone != null && !excluded.contains(s.text().strip())) {
                add(alone, s);
            } else {
                boolean causal = Lexicon.has(s, language, "cause")
                        && (!s.role().equals("classification") || causeBeyondMutation(s));
                if (causal || (genetic || Lexicon.has(s, language, "gene") || linksToGene(s))
                        && Lexicon.has(s, language, "inherit")) {
                    sentence(s, end, genetic);
                }
                if (causal && (genetic || Lexicon.has(s, language, "gene") || Lexicon.has(s, language, "mutation")
                        || heritable && Lexicon.has(s, language, "deficiency"))) {
                    proteinsNamed(s, end);
                }
                if (genetic || s.role().isEmpty()) {
                    subjectsOfEncoding(s, end);
                }
            }
        }
        return new ArrayList<>(genes.values());
    }

    /** The first cell of a table row that holds a gene symbol and nothing else, or null. */
    String symbolCell(Sentence s) {
        for (String cell : s.cells()) {
            String c = QUALIFIER.matcher(cell.strip().replaceAll("^''+|''+$", "")).replaceAll("");
            String symbol = isSymbol(c) && !excluded.contains(c) ? resolve(c, true) : null;
            if (symbol != null) {
                return symbol;
            }
        }
        return null;
    }

    /**
     * The links of cause sentences that speak of genes or proteins and that named no gene here: in a store, a
     * link to a page typed as a gene ({@code {{PBB}}}) makes that gene a cause ("[[亨廷顿蛋白]]的突变").
     */
    List<PageLink> causeLinks() {
        return new ArrayList<>(causeLinks.values());
    }

    /** Whether the symbol is one of the genes found so far. */
    boolean isFound(String symbol) {
        return genes.containsKey(symbol);
    }

    /** Symbols the sentence names that are known genes of this article. */
    List<String> symbolsIn(Sentence s) {
        List<String> found = new ArrayList<>();
        for (String symbol : genes.keySet()) {
            if (mentions(s.text(), symbol)) {
                found.add(symbol);
            }
        }
        return found;
    }

    private void infobox(Parameter p) {
        Evidence at = p.value().isEmpty() ? null : Evidence.at(p.value().get(0), "");
        for (Node n : p.value()) {
            if (n instanceof WikiLink l) {
                addIfSymbol(QUALIFIER.matcher(l.target()).replaceAll(""), at);
            }
        }
        Matcher m = SYMBOL.matcher(PlainText.line(p.value()));
        while (m.find()) {
            addIfSymbol(m.group(1), at);
        }
    }

    private void sentence(Sentence s, int end, boolean genetic) {
        String text = s.text();
        boolean speaksOfGenes = Lexicon.has(s, language, "gene");
        for (Sentence.Anchor a : s.anchors()) {
            int at = text.indexOf(a.shown());
            if (a.template() && !isSymbol(a.target()) || at < 0 || at >= end) {
                continue;
            }
            String qualified = QUALIFIER.matcher(a.target()).replaceAll("");
            String named = qualified.equals(a.target()) || !isSymbol(qualified) ? null : resolve(qualified, true);
            if (named != null) {
                add(named, s);
            } else if (!excluded.contains(a.shown()) && !a.template() && isSymbol(a.shown())
                    && (speaksOfGenes || genetic || vocabulary.isSymbol(a.target()))) {
                String linked = resolve(a.shown(), true);
                if (linked != null) {
                    add(linked, s);
                }
            } else if (a.linking() && !a.template() && (speaksOfGenes || Lexicon.has(s, language, "protein"))) {
                causeLinks.putIfAbsent(a.target(), new PageLink(language, a.target(), s.evidence()));
            }
        }
        boolean mutation = speaksOfGenes && Lexicon.has(s, language, "mutation")
                && (s.listItem() || namesTheDisease(s));
        Matcher cued = (language.equals("zh") ? CUED_ZH : CUED_EN).matcher(text);
        while (cued.find() && cued.start(1) < end) {
            String symbol = excluded.contains(cued.group(1)) ? null : resolve(cued.group(1), true);
            if (symbol != null) {
                add(symbol, s);
            }
        }
        List<int[]> candidates = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find() && m.start(1) < end) {
            if (!isSymbol(m.group(1))) {
                continue;
            }
            if (!excluded.contains(m.group(1)) || adjacentToGeneWord(s, m.start(1), m.end(1), 2)) {
                candidates.add(new int[] {m.start(1), m.end(1)});
            }
        }
        List<int[]> accepted = new ArrayList<>();
        Map<int[], String> symbols = new HashMap<>();
        int window = language.equals("zh") ? WINDOW_ZH : WINDOW_EN;
        for (int[] c : candidates) {
            String token = text.substring(c[0], c[1]);
            boolean adjacent = adjacentToGeneWord(s, c[0], c[1], window);
            String symbol = resolve(token, adjacentToGeneWord(s, c[0], c[1], 1));
            if (symbol == null) {
                continue;
            }
            symbols.put(c, symbol);
            if (adjacent || genes.containsKey(symbol) || mutation && distinctive(symbol)) {
                accepted.add(c);
            }
        }
        candidates.removeIf(c -> !symbols.containsKey(c));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int[] c : candidates) {
                if (!accepted.contains(c) && listedWith(text, c, accepted)) {
                    accepted.add(c);
                    grew = true;
                }
            }
        }
        for (int[] c : accepted) {
            add(symbols.get(c), s);
        }
    }

    /** In a genetics section, "ATP7B encodes …" and "MT-ND1基因编码…" name their subjects as the disease's genes. */
    private void subjectsOfEncoding(Sentence s, int end) {
        String text = language.equals("zh") ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        Matcher m = SYMBOL.matcher(s.text());
        while (m.find() && m.end(1) <= end) {
            if (excluded.contains(m.group(1)) || !isSymbol(m.group(1))) {
                continue;
            }
            for (String cue : Lexicon.terms(language, "encode")) {
                int at = Lexicon.find(text, cue, m.end(1), language.equals("en"));
                String symbol = at >= 0 && text.substring(m.end(1), at).matches("\\s*(基因|gene)?\\s*(则|也|,)?\\s*")
                        ? resolve(m.group(1), adjacentToGeneWord(s, m.start(1), m.end(1), 2)) : null;
                if (symbol != null) {
                    add(symbol, s);
                }
            }
        }
    }

    private boolean adjacentToGeneWord(Sentence s, int start, int end, int window) {
        String text = language.equals("zh") ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        for (String cue : Lexicon.terms(language, "gene")) {
            for (int i = Lexicon.find(text, cue, 0, language.equals("en")); i >= 0;
                 i = Lexicon.find(text, cue, i + 1, language.equals("en"))) {
                int gap = i >= end ? i - end : start - (i + cue.length());
                if (gap >= 0 && gap <= window) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean listedWith(String text, int[] c, List<int[]> accepted) {
        for (int[] a : accepted) {
            int from = Math.min(a[1], c[1]);
            int to = Math.max(a[0], c[0]);
            if (from <= to && LIST_GAP.matcher(text.substring(from, to)).matches()) {
                return true;
            }
        }
        return false;
    }

    private void add(String symbol, Sentence s) {
        genes.putIfAbsent(symbol, new Gene(symbol, s.evidence()));
        if (inferred.remove(symbol)) {
            genes.put(symbol, new Gene(symbol, s.evidence()));
        }
    }

    /** A gene known only through the protein a sentence names: a later sentence naming it gives the evidence. */
    private void addInferred(String symbol, Sentence s) {
        if (!genes.containsKey(symbol)) {
            genes.put(symbol, new Gene(symbol, s.evidence()));
            inferred.add(symbol);
        }
    }

    private void addIfSymbol(String symbol, Evidence at) {
        String trimmed = symbol.strip();
        String resolved = isSymbol(trimmed) && !excluded.contains(trimmed) ? resolve(trimmed, true) : null;
        if (resolved != null) {
            genes.putIfAbsent(resolved, new Gene(resolved, at));
        }
    }

    /**
     * The HGNC symbol a token names: itself when it is one; where a gene cue vouches for it, also the symbol it
     * writes in other case, or the gene it is the unique alias of. Null when it names no gene.
     */
    String resolve(String token, boolean vouched) {
        if (vocabulary.isSymbol(token)) {
            return token;
        }
        if (!vouched || BACTERIAL.matcher(token).matches()) {
            return null;
        }
        String symbol = vocabulary.symbolIgnoringCase(token);
        return symbol != null ? symbol : vocabulary.symbolOfAlias(token);
    }

    /** Whether the sentence says more than that a gene is mutated: a cause cue that is no mutation word. */
    private boolean causeBeyondMutation(Sentence s) {
        String text = language.equals("zh") ? s.simplified() : s.text().toLowerCase(Locale.ROOT);
        List<String> mutation = Lexicon.terms(language, "mutation");
        return Lexicon.terms(language, "cause").stream().filter(c -> !mutation.contains(c))
                .anyMatch(c -> Lexicon.find(text, c, 0, language.equals("en")) >= 0);
    }

    /** Whether the sentence links to a gene's page ("[[BRCA1|BRCA1]]"). */
    private boolean linksToGene(Sentence s) {
        return s.anchors().stream().anyMatch(a -> !a.template() && vocabulary.isSymbol(a.target().strip()));
    }

    /** Whether the sentence names this disease (so that genes it lists far from "gene" are this disease's). */
    private boolean namesTheDisease(Sentence s) {
        String folded = Fold.of(s.text());
        return diseaseNames.stream().anyMatch(n -> n.length() >= 2 && folded.contains(Fold.of(n)))
                || Lexicon.has(s, language, "disease_anaphor");
    }

    /** The symbol a token spells, exactly or in other case ("vWF" → VWF), never through an alias; or null. */
    String resolveSpelling(String token) {
        return vocabulary.isSymbol(token) ? token
                : BACTERIAL.matcher(token).matches() ? null : vocabulary.symbolIgnoringCase(token);
    }

    /** A symbol unlikely to be an acronym of something else: it holds a digit, or has four characters or more. */
    private static boolean distinctive(String symbol) {
        return symbol.length() >= 4 || symbol.chars().anyMatch(Character::isDigit);
    }

    /**
     * Genes of the proteins a cause sentence names ("编码11β-羟化酶的基因缺陷", "plectin gene", "第一型膠原蛋白的
     * 結構不正常"): the gene of each protein name of the vocabulary the sentence holds before {@code end}.
     */
    private void proteinsNamed(Sentence s, int end) {
        for (TermIndex.Match<String> m : vocabulary.proteinNamesIn(Fold.of(s.text()))) {
            if (m.start() < end) {
                m.values().forEach(symbol -> addInferred(symbol, s));
            }
        }
    }

    /** A symbol-shaped word, but not a nucleotide repeat motif such as "CAG" or "CCTG". */
    static boolean isSymbol(String s) {
        return SYMBOL.matcher(s).matches() && !NUCLEOTIDES.matcher(s).matches();
    }

    static boolean mentions(String text, String symbol) {
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(symbol)) {
                return true;
            }
        }
        return false;
    }
}
