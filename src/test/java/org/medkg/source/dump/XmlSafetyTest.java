package org.medkg.source.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medkg.source.Article;

/** DTDs and external entities in a dump are never processed: no file is read, no entity expanded. */
class XmlSafetyTest {

    @TempDir
    Path dir;

    @Test
    void externalEntitiesAndEntityBombsAreNotExpanded() {
        Dumps.Read r = Dumps.read(Dumps.XXE);
        assertEquals(List.of("Plain"), r.titles(), "no page injected through an entity");
        for (Article a : r.articles()) {
            assertFalse(a.text().contains("root:"), "no /etc/passwd");
            assertFalse(a.text().contains("lollol"), "no entity expansion");
        }
        assertEquals(2, r.fatal().size(), () -> r.problems().toString());
        assertTrue(r.fatal().get(0).message().contains("\"External entity\" (id 4001)"));
        assertTrue(r.fatal().get(0).message().contains("xxe"));
        assertTrue(r.fatal().get(1).message().contains("\"Laughs\" (id 4002)"));
    }

    @Test
    void neitherTheExternalDtdNorAnExternalEntityIsRead() throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY fromdtd \"SECRET-FROM-DTD\">\n");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-FILE-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki SYSTEM \"" + dtd.toUri() + "\" [\n"
                + "  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY % pe SYSTEM \"" + dtd.toUri() + "\"> %pe;\n]>\n"
                + "<mediawiki version=\"0.10\" xml:lang=\"en\"><siteinfo><dbname>enwiki</dbname></siteinfo>\n"
                + "<page><title>A</title><ns>0</ns><id>1</id><revision><text>a &xxe; b</text></revision></page>\n"
                + "<page><title>B</title><ns>0</ns><id>2</id><revision><text>a &fromdtd; b</text></revision></page>\n"
                + "<page><title>C</title><ns>0</ns><id>3</id><revision><text>c</text></revision></page>\n"
                + "</mediawiki>\n";
        // rename the files after the fact would prove nothing: instead, no article may hold their content
        Dumps.Read r = Dumps.read(xml.getBytes(StandardCharsets.UTF_8), "evil.xml");
        assertEquals(List.of("C"), r.titles());
        for (Article a : r.articles()) {
            assertFalse(a.text().contains("SECRET"));
        }
        assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("SECRET")));
        assertEquals(2, r.fatal().size(), () -> r.problems().toString());
    }

    @Test
    void aDtdDeclaringAPageInsideAnEntityDoesNotFoolTheSplitter() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [\n"
                + "  <!ENTITY fake \"<page><title>Injected</title><ns>0</ns><revision><text>x</text></revision></page>\">\n"
                + "]>\n<mediawiki version=\"0.10\" xml:lang=\"en\"><siteinfo><dbname>enwiki</dbname></siteinfo>\n"
                + "<page><title>Real</title><ns>0</ns><id>1</id><revision><text>real</text></revision></page>\n"
                + "</mediawiki>\n";
        Dumps.Read r = Dumps.read(xml.getBytes(StandardCharsets.UTF_8), "fake.xml");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("Real"), r.titles());
    }

    @Test
    void anOverlongPageIsSkippedNotHeld() {
        // a page that never ends, with no markup to end it: skipped once past the limit, the next page read
        String xml = Dumps.EN_HEADER
                + "<page><title>Endless</title><ns>0</ns><id>1</id><revision><text>"
                + "x".repeat(100_000) + "</text></revision></page>\n"
                + "<page><title>After</title><ns>0</ns><id>2</id><revision><text>ok</text></revision></page>\n"
                + Dumps.FOOTER;
        List<Article> articles = new java.util.ArrayList<>();
        List<org.medkg.source.InputProblem> problems = new java.util.ArrayList<>();
        new org.medkg.source.DumpSource(1, 50_000).read(new java.io.ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)), "long.xml", articles::add, problems::add);
        Dumps.Read r = new Dumps.Read(articles, problems, null);
        assertEquals(List.of("After"), r.titles());
        assertEquals(1, r.fatal().size());
        assertTrue(r.fatal().get(0).message().contains("longer than"));
    }
}
