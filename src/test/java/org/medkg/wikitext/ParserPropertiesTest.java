package org.medkg.wikitext;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random and mutated wikitext: the parser never throws or hangs, the top-level nodes tile the input, spans
 * nest and stay in order, and the text views can be made ({@link TreeChecks#assertWellFormed}).
 */
class ParserPropertiesTest {
    private static final String SEED = TreeChecks.seedText();
    private static final List<String> FRAGMENTS = List.of("{{", "}}", "[[", "]]", "|", "=", "<ref>", "</ref>",
            "<ref name=a/>", "<ref name=x/", "<!--", "-->", "-{", "}-", "{|", "|-", "|}", "|+", "!!", "||", "\n",
            "\r\n", "==", "'''", "''", "&amp;", "&#x4E2D;", "http://x.org", "[http://a b]", "[", "]", "{", "}",
            "<nowiki>", "</nowiki>", "<pre>", "</pre>", "<references/>", "<br/>", "<small>", "*", "#", ":", ";",
            "脊髓性肌肉萎縮症", "遺傳", "a", " ", "{{{", "}}}", "__NOTOC__", "File:", "Category:", "分類:", "en:",
            "#if:", "zh-hans:", "zh-hant:", "-", "\0", "\uFEFF", "\uFFFD");

    @Property(tries = 800, shrinking = ShrinkingMode.BOUNDED)
    void fragmentSoup(@ForAll("soup") String text) {
        check(text);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void mutatedSeedArticle(@ForAll("mutatedSeed") String text) {
        check(text);
    }

    @Property(tries = 600, shrinking = ShrinkingMode.BOUNDED)
    void markupCharacterNoise(@ForAll("noise") String text) {
        check(text);
    }

    private static void check(String text) {
        WikiDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WikitextParser.parse(text),
                "parsing must finish");
        TreeChecks.assertWellFormed(doc);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("{}[]|=<>-!'*#:;&/_\n\r \0\uFEFFaé中").ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> mutatedSeed() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 60),
                Arbitraries.of(FRAGMENTS)).as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(10).map(ParserPropertiesTest::mutate);
    }

    private static String mutate(List<Mutation> mutations) {
        StringBuilder b = new StringBuilder(SEED);
        for (Mutation m : mutations) {
            int at = (int) (m.where() * b.length());
            int end = Math.min(b.length(), at + m.length());
            switch (m.kind()) {
                case DELETE -> b.delete(at, end);
                case DUPLICATE -> b.insert(at, b.substring(at, end));
                case INSERT -> b.insert(at, m.fragment());
            }
        }
        return b.toString();
    }

    private enum Kind { DELETE, DUPLICATE, INSERT }

    private record Mutation(Kind kind, double where, int length, String fragment) {
    }
}
