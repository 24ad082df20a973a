package org.medkg.source;

/**
 * Guesses an article's language from its script when the input does not say: "zh" or "en". A Han character
 * stands for about a word, so Han characters are weighed against runs of Latin letters (words, template
 * names, URLs), which Chinese articles also hold in their markup and references: an article is Chinese when
 * at least 12 % of its Han characters and Latin words together are Han.
 */
public final class LanguageGuesser {
    private static final double HAN_SHARE = 0.12;

    private LanguageGuesser() {
    }

    public static String guess(String text) {
        long han = 0;
        long latinWords = 0;
        boolean inWord = false;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            boolean latin = c < 128 && Character.isLetter(c);
            if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            if (!latin && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han > 0 && han >= HAN_SHARE * (han + latinWords) ? "zh" : "en";
    }
}
