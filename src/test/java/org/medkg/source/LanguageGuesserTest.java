package org.medkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void chineseText() {
        assertEquals("zh", LanguageGuesser.guess("脊髓性肌肉萎縮症是一種遺傳性神經疾病。"));
        assertEquals("zh", LanguageGuesser.guess("脊髓性肌肉萎缩症是一种遗传性神经疾病。"), "simplified too");
    }

    @Test
    void englishText() {
        assertEquals("en", LanguageGuesser.guess("Spinal muscular atrophy is a rare neuromuscular disorder."));
    }

    @Test
    void chineseArticleFullOfEnglishMarkup() {
        String text = """
                {{Infobox disease
                | Name = 脊髓性肌肉萎縮症
                | ICD10 = {{ICD10|G|12|0|g|10}}
                | OMIM = 253300
                }}
                '''脊髓性肌肉萎縮症'''（{{lang-en|Spinal muscular atrophy}}，簡寫為SMA），是一種遺傳性神經疾病。
                [[Category:神經肌肉疾病]]
                """;
        assertEquals("zh", LanguageGuesser.guess(text));
    }

    @Test
    void englishArticleQuotingAChineseName() {
        String lead = "'''Spinal muscular atrophy''' (Chinese: 脊髓性肌肉萎縮症) is a rare neuromuscular disorder that "
                + "results in the loss of motor neurons and progressive muscle wasting. ";
        String body = "It is usually diagnosed in infancy or early childhood and if left untreated it is the most "
                + "common genetic cause of infant death. It may also appear later in life and then have a milder "
                + "course of disease. The common feature is progressive weakness of voluntary muscles, with the "
                + "arm, leg and respiratory muscles being affected first. ";
        assertEquals("en", LanguageGuesser.guess(lead + body + body));
    }

    @Test
    void theSeedIsChinese() throws IOException {
        assertEquals("zh", LanguageGuesser.guess(Files.readString(Path.of("examples/zh/spinal-muscular-atrophy.wiki"))));
    }

    @Test
    void textWithoutLettersIsEnglish() {
        assertEquals("en", LanguageGuesser.guess(""));
        assertEquals("en", LanguageGuesser.guess("{{}} 123 ... "));
    }
}
