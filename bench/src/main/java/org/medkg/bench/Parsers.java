package org.medkg.bench;

import info.bliki.htmlcleaner.BaseToken;
import info.bliki.wiki.model.WikiModel;
import java.io.IOException;
import java.util.List;
import org.medkg.wikitext.WikiDocument;
import org.medkg.wikitext.WikitextParser;
import org.sweble.wikitext.parser.WikitextPreprocessor;
import org.sweble.wikitext.parser.nodes.WtNode;
import org.sweble.wikitext.parser.nodes.WtPreproWikitextPage;
import org.sweble.wikitext.parser.parser.PreprocessorToParserTransformer;
import org.sweble.wikitext.parser.preprocessor.PreprocessedWikitext;
import org.sweble.wikitext.parser.utils.SimpleParserConfig;

/**
 * The parse calls under test, one method per parser, each taking one article and returning its tree.
 *
 * <ul>
 *   <li>{@link #medkg}: {@code org.medkg.wikitext.WikitextParser.parse(text)}.
 *   <li>{@link #sweble}: Sweble 3.1.9's lazy pipeline without template expansion, as its own engine runs it:
 *       {@code WikitextPreprocessor.parseArticle} (comments, templates, arguments, tags, …) then
 *       {@code PreprocessorToParserTransformer.transform} then {@code WikitextParser.parseArticle}
 *       (links, tables, lists, quotes, …). This is the call comparable to medkg's, which also recognizes
 *       templates.
 *   <li>{@link #swebleParserOnly}: only {@code WikitextParser.parseArticle(text, title)}, the call the brief
 *       names; it treats the raw text as already preprocessed, so templates, comments and refs are not
 *       recognized as such (they stay text or tag soup). Reported for reference.
 *   <li>{@link #bliki}: Bliki 3.1.0's {@code WikiModel.render(null, text, out, false, true)}: with no
 *       converter it stops after {@code WikipediaParser.parse(text, model, true, null)}, which runs the
 *       template pass ({@code TemplateParser}, with no template source: unknown templates are not expanded)
 *       and {@code WikipediaParser.parseRecursive}, which builds the token tree ({@code TagStack}); the HTML
 *       rendering step is skipped. One model is reused for all articles (see {@link #blikiModel}).
 * </ul>
 */
public final class Parsers {

    /** The parsers the benchmark knows, by the names used in the benchmark methods. */
    public static final List<String> NAMES = List.of("medkg", "sweble", "swebleParserOnly", "bliki");

    private static final SimpleParserConfig SWEBLE_CONFIG = new SimpleParserConfig();

    private final WikitextPreprocessor swebleprep = new WikitextPreprocessor(SWEBLE_CONFIG);
    private final org.sweble.wikitext.parser.WikitextParser sweble = new org.sweble.wikitext.parser.WikitextParser(SWEBLE_CONFIG);
    /**
     * One Bliki model, reused: {@code render} → {@code WikipediaParser.parse} starts with {@code setUp()}, which
     * resets the model's per-page state (tag stack, references, TOC, categories, links, templates). A new
     * {@code WikiModel} per article would add ~10 ms of construction (it builds a new {@code Configuration})
     * that has nothing to do with parsing.
     */
    private final BlikiModel blikiModel = new BlikiModel();
    private final StringBuilder blikiSink = new StringBuilder();

    public static WikiDocument medkg(String text) {
        return WikitextParser.parse(text);
    }

    public WtNode sweble(String text, String title) throws Exception {
        WtPreproWikitextPage prepro = (WtPreproWikitextPage) swebleprep.parseArticle(text, title);
        PreprocessedWikitext ppw = PreprocessorToParserTransformer.transform(prepro);
        return sweble.parseArticle(ppw, title);
    }

    public WtNode swebleParserOnly(String text, String title) throws Exception {
        return sweble.parseArticle(text, title);
    }

    public List<BaseToken> bliki(String text) throws IOException {
        blikiSink.setLength(0);
        blikiModel.render(null, text, blikiSink, false, true);
        return blikiModel.nodes();
    }

    /** Parses with the named parser; returns the tree. */
    public Object parse(String parser, String text, String title) throws Exception {
        return switch (parser) {
            case "medkg" -> medkg(text);
            case "sweble" -> sweble(text, title);
            case "swebleParserOnly" -> swebleParserOnly(text, title);
            case "bliki" -> bliki(text);
            default -> throw new IllegalArgumentException(parser);
        };
    }

    /** A Bliki model exposing the token list that parsing leaves in its tag stack. */
    static final class BlikiModel extends WikiModel {
        BlikiModel() {
            super("${image}", "${title}");
        }

        List<BaseToken> nodes() {
            return fTagStack.getNodeList();
        }
    }
}
