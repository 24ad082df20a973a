package org.medkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void foldsCaseScriptHyphensAndFullWidthLetters() {
        assertEquals("α galactosidase a", Fold.of("α-Galactosidase A"));
        assertEquals("头孢曲松", Fold.of("頭孢曲松"));
        assertEquals("vwf因子", Fold.of("ｖＷＦ因子"));
    }

    @Test
    void keepsEveryCharactersPlace() {
        String text = "因 KRT5 (E477K) 或 KRT14 的 R125C 基因[[錯義突變]]造成 —— Fibrillin-1";
        assertEquals(text.length(), Fold.of(text).length());
    }
}
