package org.medkg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways Chinese writes a numbered type in a protein's name: "I型胶原", "Ⅰ型胶原", "1型胶原", "第一型胶原蛋白",
 * "第7型膠原蛋白" name one protein. A name of the form [第]N型X stands for every numeral form of N (Roman,
 * full-width Roman, Arabic, Chinese), with and without 第, and, for collagen, X as 胶原 and 胶原蛋白.
 */
final class TypeNumerals {
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
    private static final List<String> FULL_WIDTH = List.of("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ");
    private static final List<String> CHINESE = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");
    private static final List<String> COLLAGEN = List.of("胶原", "胶原蛋白");
    private static final Pattern TYPED = Pattern.compile("^第?([IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|10|[1-9]|[一二三四五六七八九十])型(.+)$");

    private TypeNumerals() {
    }

    /** The name itself, and when it names a numbered type, every other way of writing it. */
    static Set<String> variants(String name) {
        Set<String> all = new LinkedHashSet<>();
        all.add(name);
        Matcher m = TYPED.matcher(ChineseScript.toSimplified(name));
        if (!m.matches()) {
            return all;
        }
        int n = number(m.group(1));
        if (n < 1) {
            return all;
        }
        String rest = m.group(2);
        List<String> tails = COLLAGEN.contains(rest) ? COLLAGEN : List.of(rest);
        for (String numeral : List.of(ROMAN.get(n - 1), FULL_WIDTH.get(n - 1), String.valueOf(n), CHINESE.get(n - 1))) {
            for (String tail : tails) {
                all.add(numeral + "型" + tail);
                all.add("第" + numeral + "型" + tail);
            }
        }
        return all;
    }

    private static int number(String numeral) {
        for (List<String> forms : List.of(ROMAN, FULL_WIDTH, CHINESE)) {
            int i = forms.indexOf(numeral);
            if (i >= 0) {
                return i + 1;
            }
        }
        return numeral.chars().allMatch(Character::isDigit) ? Integer.parseInt(numeral) : -1;
    }
}
