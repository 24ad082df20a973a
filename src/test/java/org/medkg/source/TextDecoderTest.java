package org.medkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {

    /** Text as UTF-8, with {@code <XX>} standing for the raw byte 0xXX. */
    private static byte[] bytes(String spec) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int i = 0;
        while (i < spec.length()) {
            if (spec.startsWith("<", i) && i + 3 < spec.length() && spec.charAt(i + 3) == '>'
                    && spec.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
                b.write(Integer.parseInt(spec.substring(i + 1, i + 3), 16));
                i += 4;
            } else {
                int cp = spec.codePointAt(i);
                b.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return b.toByteArray();
    }

    private record Decoded(String text, List<InputProblem> problems) {
    }

    private static Decoded decode(String spec) {
        List<InputProblem> problems = new ArrayList<>();
        String text = TextDecoder.decode(bytes(spec), "in.wiki", problems::add);
        return new Decoded(text, problems);
    }

    /** Where the n-th U+FFFD of the text stands, as "line:column" (1-based, in UTF-16 units like the parser). */
    private static String placeOfReplacement(String text, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf('\uFFFD', at + 1);
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (at - lineStart + 1);
    }

    @Test
    void validTextIsUnchangedAndUnreported() {
        String text = "{{Infobox disease\n| Name = 脊髓性肌肉萎縮症 𠀀 ✓\n}}\n";
        Decoded d = decode(text);
        assertEquals(text, d.text());
        assertEquals(List.of(), d.problems());
    }

    @Test
    void emptyInput() {
        Decoded d = decode("");
        assertEquals("", d.text());
        assertEquals(List.of(), d.problems());
    }

    @Test
    void invalidByteBecomesReplacementCharacterAndIsReported() {
        Decoded d = decode("ab\ncd<FF>e");
        assertEquals("ab\ncd\uFFFDe", d.text());
        assertEquals(1, d.problems().size());
        InputProblem p = d.problems().get(0);
        assertEquals("in.wiki", p.input());
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertEquals("in.wiki:2:3: invalid UTF-8 (1 byte) replaced by U+FFFD", p.toString());
        assertFalse(p.fatal(), "the article is still read");
    }

    static Stream<Arguments> misplacedBytes() {
        return Stream.of(
                Arguments.of("LF line ends", "ab\ncd<FF>e\n<FE>", List.of("2:3", "3:1")),
                Arguments.of("CRLF line ends", "ab\r\ncd<FF>e\r\n<FE>", List.of("2:3", "3:1")),
                Arguments.of("CR line ends", "ab\rcd<FF>e\r<FE>", List.of("2:3", "3:1")),
                Arguments.of("mixed line ends", "a\r\n\r\rb<FF>\n\r\n<FF>", List.of("4:2", "6:1")),
                Arguments.of("CR just before", "a\r<FF>\n", List.of("2:1")),
                Arguments.of("after a BOM", "\uFEFFab<FF>", List.of("1:3")),
                Arguments.of("BOM, then a line", "\uFEFFa\nb<FF>", List.of("2:2")),
                Arguments.of("first byte", "<FF>abc", List.of("1:1")),
                Arguments.of("two in a row", "x<FF><FE>", List.of("1:2", "1:3")),
                Arguments.of("after Chinese", "脊髓<FF>x\n中<C0><80>", List.of("1:3", "2:2", "2:3")),
                Arguments.of("after a supplementary character", "𠀀<FF>", List.of("1:3")),
                Arguments.of("lone continuation byte", "a<80>b", List.of("1:2")),
                Arguments.of("truncated sequence at the end", "ab<E4><B8>", List.of("1:3")),
                Arguments.of("truncated sequence inside", "ab<E4><B8>c\nd", List.of("1:3")));
    }

    /** Every bad byte sequence is reported where its U+FFFD stands in the decoded, normalised text. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("misplacedBytes")
    void problemsStandWhereTheReplacementStands(String name, String spec, List<String> places) {
        Decoded d = decode(spec);
        long replacements = d.text().chars().filter(c -> c == '\uFFFD').count();
        assertEquals(places.size(), replacements, () -> "U+FFFD count in " + d.text());
        assertEquals(places, d.problems().stream().map(p -> p.line() + ":" + p.column()).toList(),
                () -> "problems " + d.problems() + " for " + d.text());
        for (int i = 0; i < places.size(); i++) {
            assertEquals(placeOfReplacement(d.text(), i), places.get(i));
        }
        assertFalse(d.text().contains("\r"), "no CR left");
        assertFalse(d.text().startsWith("\uFEFF"), "no BOM left");
    }

    @Test
    void truncatedSequenceIsOneProblemNamingItsBytes() {
        Decoded d = decode("ab<E4><B8>");
        assertEquals("ab\uFFFD", d.text());
        assertEquals(List.of("in.wiki:1:3: invalid UTF-8 (2 bytes) replaced by U+FFFD"),
                d.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() {
        Decoded overlong = decode("<C0><AF>");
        assertFalse(overlong.text().contains("/"), "an overlong '/' is not decoded");
        assertFalse(overlong.problems().isEmpty());
        Decoded surrogate = decode("<ED><A0><80>z");
        assertTrue(surrogate.text().startsWith("\uFFFD") && surrogate.text().endsWith("z"), surrogate.text());
        assertFalse(surrogate.problems().isEmpty());
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertEquals("abc", decode("\uFEFFabc").text());
        assertEquals("脊髓", decode("\uFEFF脊髓").text());
        assertEquals("a\uFEFFb", decode("a\uFEFFb").text(), "only a leading BOM is dropped");
        assertEquals(List.of(), decode("\uFEFFabc").problems());
    }

    @Test
    void lineEndsAreNormalised() {
        assertEquals("a\nb\nc\nd\n", decode("a\r\nb\rc\nd\r\n").text());
        assertEquals("a\n\nb", decode("a\r\rb").text(), "CR CR is two line ends");
        assertEquals("a\n\nb", decode("a\n\rb").text(), "LF CR is two line ends");
        assertEquals("\n", decode("\r").text());
    }

    @Test
    void normaliseAlone() {
        assertEquals("x\ny\nz", TextDecoder.normalize("\uFEFFx\r\ny\rz"));
        String plain = "no change\n";
        assertEquals(plain, TextDecoder.normalize(plain));
    }

    @Test
    void largeInputDecodesWhole() {
        String line = "脊髓性肌肉萎縮症 spinal muscular atrophy\n";
        String text = line.repeat(20_000);
        Decoded d = decode(text + "<FF>");
        assertEquals(text + "\uFFFD", d.text());
        assertEquals("20001:1", d.problems().get(0).line() + ":" + d.problems().get(0).column());
    }
}
