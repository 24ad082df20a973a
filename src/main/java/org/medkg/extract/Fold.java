package org.medkg.extract;

/**
 * The one folding of text and vocabulary terms before they are compared: lower case, Chinese in Simplified
 * script, hyphens and dashes as spaces, full-width Latin letters and digits as ASCII. It keeps every character's
 * place, so an offset in folded text is the same offset in the text as written.
 */
final class Fold {

    private Fold() {
    }

    static String of(String text) {
        String simplified = ChineseScript.toSimplified(text);
        String base = simplified.length() == text.length() ? simplified : perCharacter(text);
        StringBuilder b = new StringBuilder(base.length());
        for (int i = 0; i < base.length(); i++) {
            b.append(fold(base.charAt(i)));
        }
        return b.toString();
    }

    private static String perCharacter(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = ChineseScript.toSimplified(String.valueOf(text.charAt(i)));
            b.append(c.length() == 1 ? c.charAt(0) : text.charAt(i));
        }
        return b.toString();
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit(c)) {
            c = (char) (c - 0xFEE0);
        }
        if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }
}
