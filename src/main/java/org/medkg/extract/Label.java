package org.medkg.extract;

/**
 * A name as the article writes it, in the article's language ("zh" or "en"); for Chinese text also its
 * Simplified and Traditional forms (else null).
 */
public record Label(String text, String language, String simplified, String traditional, Evidence evidence) {

    /** A label in {@code language}; Chinese text gets both script forms. */
    public static Label of(String text, String language, Evidence evidence) {
        if (language.startsWith("zh") && ChineseScript.hasHan(text)) {
            return new Label(text, "zh", ChineseScript.toSimplified(text), ChineseScript.toTraditional(text),
                    evidence);
        }
        return new Label(text, language.startsWith("zh") && !ChineseScript.hasHan(text) ? "en" : language,
                null, null, evidence);
    }

    /** A Chinese label whose script forms were resolved from variant markup before conversion. */
    public static Label chinese(String text, String simplifiedSource, String traditionalSource, Evidence evidence) {
        if (!ChineseScript.hasHan(text)) {
            return of(text, "zh", evidence);
        }
        return new Label(text, "zh", ChineseScript.toSimplified(simplifiedSource),
                ChineseScript.toTraditional(traditionalSource), evidence);
    }
}
