package org.medkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms of a vocabulary in text in one left-to-right pass over a character trie: at each start, the
 * longest term that matches, and after it the search goes on past its end (leftmost-longest, no overlaps).
 * Keys and text are compared as given, so callers fold both the same way first ({@link Fold}). With word
 * boundaries, a match must neither start nor end inside a run of letters or digits (for alphabetic scripts).
 *
 * @param <V> what a term stands for
 */
final class TermIndex<V> {
    private final Node<V> root = new Node<>();

    /** A match: where it starts and ends in the text, and every value its term stands for. */
    record Match<V>(int start, int end, List<V> values) {
    }

    private static final class Node<V> {
        private final Map<Character, Node<V>> next = new HashMap<>(4);
        private List<V> values;
    }

    /** Adds a term; a term added twice stands for each of its values. */
    void add(String term, V value) {
        if (term.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (int i = 0; i < term.length(); i++) {
            n = n.next.computeIfAbsent(term.charAt(i), c -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
        }
    }

    /** The values of exactly this term (empty when it is not one). */
    List<V> get(String term) {
        Node<V> n = root;
        for (int i = 0; i < term.length() && n != null; i++) {
            n = n.next.get(term.charAt(i));
        }
        return n == null || n.values == null ? List.of() : List.copyOf(n.values);
    }

    /** Every leftmost-longest match in {@code text}, in order. */
    List<Match<V>> find(String text, boolean wordBoundaries) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match<V> m = wordBoundaries && !startsWord(text, i) ? null : longestAt(text, i, wordBoundaries);
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Match<V> longestAt(String text, int start, boolean wordBoundaries) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = start; i < text.length(); i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.values != null && (!wordBoundaries || endsWord(text, i + 1))) {
                best = new Match<>(start, i + 1, List.copyOf(n.values));
            }
        }
        return best;
    }

    private static boolean startsWord(String text, int i) {
        return i == 0 || !isWordChar(text.charAt(i - 1)) || !isWordChar(text.charAt(i));
    }

    private static boolean endsWord(String text, int end) {
        return end >= text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1));
    }

    /** A letter or digit of an alphabetic script; Han characters never join words here. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
