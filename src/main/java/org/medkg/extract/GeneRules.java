package org.medkg.extract;

import java.util.ArrayList;
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
 * Finds the genes an article gives as causes: a symbol with the shape of an HGNC symbol in a sentence that
 * speaks of a cause, next to the word "gene" (or in a list joined to such a symbol); in a cause or genetics
 * section also a linked symbol, a symbol that "encodes" something, or a symbol alone in a table cell; and
 * the infobox's genes parameter. Symbols in "see also", reading lists, external links, treatment and
 * differential-diagnosis sections, and in sentences about another disease, are never causes.
 */
final class GeneRules {
    static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Za-z0-9-])(C[0-9XY]{1,2}orf[0-9]{1,3}|[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?)(?![A-Za-z0-9-])");
    private static final Pattern NUCLEOTIDES = Pattern.compile("[ACGTU]{2,6}");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*[（(](gene|基因)[)）]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|，|、|/|and|or|和|或|及|与|與|以及)?\\s*(the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_CAUSAL = Set.of("see_also", "further_reading", "external_links", "references",
            "treatment", "differential");
    private static final Set<String> GENETIC = Set.of("cause", "genetics");
    private static final int WINDOW_ZH = 6;
    private static final int WINDOW_EN = 24;

    private final String language;
    private final Set<String> excluded;
    private final Map<String, Gene> genes = new LinkedHashMap<>();

    /** @param diseaseNames names and abbreviations of the disease, which are causes only right beside "gene" */
    GeneRules(String language, Set<String> diseaseNames) {
        this.language = language;
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
            if (end == 0) {
                continue;
            }
            boolean genetic = GENETIC.contains(s.role());
            String cellSymbol = symbolCell(s);
            if (genetic && cellSymbol != null) {
                add(cellSymbol, s);
            } else if (s.listItem() && genetic && isSymbol(s.text().strip()) && !excluded.contains(s.text().strip())) {
                add(s.text().strip(), s);
            } else {
                if (Lexicon.has(s, language, "cause") || genetic && Lexicon.has(s, language, "inherit")) {
                    sentence(s, end, genetic);
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
            if (isSymbol(c) && !excluded.contains(c)) {
                return c;
            }
        }
        return null;
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
            if (!qualified.equals(a.target()) && isSymbol(qualified)) {
                add(qualified, s);
            } else if ((speaksOfGenes || genetic) && isSymbol(a.shown()) && !excluded.contains(a.shown())
                    && !a.template()) {
                add(a.shown(), s);
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
        int window = language.equals("zh") ? WINDOW_ZH : WINDOW_EN;
        for (int[] c : candidates) {
            if (adjacentToGeneWord(s, c[0], c[1], window) || genes.containsKey(text.substring(c[0], c[1]))) {
                accepted.add(c);
            }
        }
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
            add(text.substring(c[0], c[1]), s);
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
                if (at >= 0 && text.substring(m.end(1), at).matches("\\s*(基因|gene)?\\s*(则|也|,)?\\s*")) {
                    add(m.group(1), s);
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
    }

    private void addIfSymbol(String symbol, Evidence at) {
        String trimmed = symbol.strip();
        if (isSymbol(trimmed) && !excluded.contains(trimmed)) {
            genes.putIfAbsent(trimmed, new Gene(trimmed, at));
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
