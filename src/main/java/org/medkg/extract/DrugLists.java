package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of the lists a sentence opens: after the first colon that follows a drug cue ("代表药物：A、B",
 * "drugs: A, B and C"), or a head that ends with a drug word ("β受体阻断剂：", "药物有：") or names a class
 * ("单抗：", "X如："), and after a drug word and an example cue with no colon ("药物，例如A、B和C", "药（如A）"),
 * which a comma ends. A head that ends like a treatment ("激素治疗：") opens no list.
 */
final class DrugLists {
    private final DrugNames names;
    private final DrugRegister register;
    private final String language;
    /** What parts a list's items: the words that join drugs, and slashes. */
    private final Pattern listSeparators;

    DrugLists(DrugNames names, DrugRegister register) {
        this.names = names;
        this.register = register;
        this.language = names.language();
        this.listSeparators = listSeparators(language);
    }

    void find(Sentence s, Clauses clauses) {
        String text = names.textOf(s);
        int cue = Lexicon.indexOf(s, language, "drug_list", 0);
        for (int c = 0; c < text.length(); c++) {
            if (isColon(text.charAt(c)) && (cue >= 0 && cue < c || isListHead(text.substring(0, c)))) {
                listItems(s, clauses, c + 1, false);
                cue = -1;
            }
        }
        for (String cueWord : Lexicon.terms(language, "example")) {
            for (int i = Lexicon.find(text, cueWord, 0, language.equals("en")); i >= 0;
                 i = Lexicon.find(text, cueWord, i + 1, language.equals("en"))) {
                String head = text.substring(0, i).strip();
                boolean bracket = head.endsWith("（") || head.endsWith("(");
                if (bracket || head.endsWith("，") || head.endsWith(",")) {
                    head = head.substring(0, head.length() - 1).strip();
                }
                if (names.endsWithAny(head, "drug_list_head") && !names.endsWithAny(head, "drug_list_not_head")) {
                    listItems(s, clauses, i + cueWord.length(), true);
                }
            }
        }
    }

    private static boolean isColon(char c) {
        return c == '：' || c == ':';
    }

    /**
     * Whether the text before a colon ends with a list's head: a drug word or a class's name, an intro word
     * ("如", "包括") perhaps after it, and no treatment's ending.
     */
    private boolean isListHead(String before) {
        String head = before.strip();
        String intro = "";
        for (String i : Lexicon.terms(language, "drug_list_intro")) {
            if (head.endsWith(i) && head.length() > i.length() && i.length() > intro.length()) {
                intro = i;
            }
        }
        head = head.substring(0, head.length() - intro.length());
        if (names.endsWithAny(head, "drug_list_not_head")) {
            return false;
        }
        if (names.endsWithAny(head, "drug_list_head")) {
            return true;
        }
        for (int from = Math.max(0, head.length() - 12); from + 2 <= head.length(); from++) {
            if (names.vocabulary().isClassName(head.substring(from))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of a list from offset {@code from} to the end of the clause (a full stop, a semicolon, a colon,
     * a closing bracket left open before the list, or a comma where {@code commaEnds}): items parted by the
     * words that join drugs and by slashes; brackets inside hold an item's aliases and end nothing. The first
     * item may begin with words that lead into the list ("主要有A"); the list ends at the first item that has no
     * name's shape.
     */
    private void listItems(Sentence s, Clauses clauses, int from, boolean commaEnds) {
        String text = s.text();
        String body = names.textOf(s);
        StringBuilder masked = new StringBuilder();
        int depth = 0;
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
                masked.append(' ');
                continue;
            } else if (depth == 0 && (c == '。' || c == '；' || c == ';' || isColon(c)
                    || commaEnds && (c == '，' || c == ','))) {
                break;
            }
            masked.append(depth > 0 ? ' ' : c);
        }
        Matcher item = listSeparators.matcher(masked);
        int start = 0;
        while (start <= masked.length()) {
            boolean more = item.find();
            int stop = more ? item.start() : masked.length();
            String raw = masked.substring(start, stop);
            String name = cutRunOn(raw.strip());
            if (start == 0 && !isNameShaped(name)) {
                name = afterNestedHead(name);
            }
            int at = from + start + raw.indexOf(name.isEmpty() ? raw : name);
            if (!name.isEmpty()) {
                if (!isNameShaped(name)) {
                    return;
                }
                String written = text.substring(at, at + name.length());
                if (clauses.open(at) && names.isListedName(written) && register.isJoinableName(written)) {
                    String english = names.englishOf(s, written, at + written.length());
                    register.add(written, english != null ? english : DrugNameShapes.isLatin(written) ? written : null,
                            s.evidence());
                }
            }
            if (!more) {
                break;
            }
            start = item.end();
        }
    }

    /** The name after a head that opens the list once more ("降压药物主要有A"), else the text as it is. */
    private String afterNestedHead(String item) {
        for (String intro : Lexicon.terms(language, "drug_list_intro")) {
            int i = item.lastIndexOf(intro);
            if (i > 0 && isListHead(item.substring(0, i + intro.length()))) {
                return item.substring(i + intro.length()).strip();
            }
        }
        return item;
    }

    /** The words that join drugs in a language as a pattern, Latin ones on word boundaries. */
    private static Pattern listSeparators(String language) {
        List<String> joiners = new ArrayList<>(Lexicon.terms(language, "drug_joiner"));
        joiners.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String j : joiners) {
            String quoted = Pattern.quote(j.strip());
            alternation.append(alternation.length() == 0 ? "" : "|")
                    .append(j.strip().matches("[a-z]+") ? "\\b" + quoted + "\\b" : quoted);
        }
        return Pattern.compile("\\s*(?:" + alternation + ")\\s*");
    }

    /** An item without the words after it that leave its name whole ("A等", "A等药物"). */
    private String cutRunOn(String item) {
        int i = item.indexOf('等');
        return names.isChinese() && i >= 2 ? item.substring(0, i).strip() : item;
    }

    /** Whether an item of a list is shaped like a name at all (a list ends at an item that is not). */
    private static boolean isNameShaped(String name) {
        return name.matches("[\\p{IsHan}]{2,8}(?:[A-Za-z0-9]{1,3})?") && DrugNames.trimHan(name).equals(name)
                || name.matches("[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z0-9-]+){0,2}");
    }
}
