package org.medkg.extract;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;

/** Simplified and Traditional forms of Chinese text, converted with OpenCC's dictionaries (opencc4j). */
public final class ChineseScript {
    /** Variant codes of {@code -{…}-} markup preferred for the Simplified form, best first. */
    public static final List<String> HANS = List.of("zh-hans", "zh-cn", "zh-sg", "zh-my", "zh");
    /** Variant codes of {@code -{…}-} markup preferred for the Traditional form, best first. */
    public static final List<String> HANT = List.of("zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh");

    private ChineseScript() {
    }

    public static String toSimplified(String text) {
        return hasHan(text) ? ZhConverterUtil.toSimple(text) : text;
    }

    public static String toTraditional(String text) {
        return hasHan(text) ? ZhConverterUtil.toTraditional(text) : text;
    }

    public static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
