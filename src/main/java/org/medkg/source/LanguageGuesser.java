package org.medkg.source;

/** Guesses an article's language from its script when the input does not say: "zh" or "en". */
public final class LanguageGuesser {
    private static final double HAN_SHARE = 0.15;

    private LanguageGuesser() {
    }

    public static String guess(String text) {
        long han = 0;
        long latin = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (c < 128 && Character.isLetter(c)) {
                latin++;
            }
        }
        return han > 0 && han >= HAN_SHARE * (han + latin) ? "zh" : "en";
    }
}
