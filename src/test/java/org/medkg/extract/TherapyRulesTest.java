package org.medkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medkg.wikitext.WikiDocument;
import org.medkg.wikitext.WikitextParser;

/**
 * The drug rules on small texts of our own: names unknown to the vocabulary (泰乐克, 维康宁, 诺比林, …) are made
 * up, so that only the rule under test can find them.
 */
class TherapyRulesTest {

    /** The drugs found in a Chinese article, by name as written, each with its English name (or "-"). */
    private static Map<String, String> drugs(String wikitext, String... diseaseNames) {
        WikiDocument doc = WikitextParser.parse(wikitext);
        List<Sentence> sentences = Prose.of(doc.sections(), "zh");
        Set<String> names = Set.of(diseaseNames);
        TherapyRules rules = new TherapyRules("zh", names.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet()), names, Vocabularies.bundled().drugs());
        rules.find(sentences, Infobox.find(doc, CodingSystems.bundled()));
        Map<String, String> found = new LinkedHashMap<>();
        for (Drug d : rules.drugs()) {
            found.put(d.name().text(), d.englishName() == null ? "-" : d.englishName());
        }
        return found;
    }

    private static void assertDrugs(Map<String, String> found, String... names) {
        assertTrue(found.keySet().containsAll(List.of(names)), () -> "expected " + List.of(names) + " in " + found);
    }

    private static void assertNoDrug(Map<String, String> found, String... names) {
        for (String n : names) {
            assertFalse(found.containsKey(n), () -> n + " is no drug: " + found);
        }
    }

    @Nested
    class Coordination {
        @Test
        void linkedNamesJoinedToAKnownDrugAreDrugs() {
            Map<String, String> found = drugs("治疗可用[[阿莫西林]]、[[泰乐克]]或[[维康宁]]。");
            assertDrugs(found, "阿莫西林", "泰乐克", "维康宁");
        }

        @Test
        void aBracketOrADosageFormMayStandBetween() {
            assertDrugs(drugs("治疗可用[[阿莫西林]]（口服）和[[泰乐克]]。"), "泰乐克");
            assertDrugs(drugs("外用[[阿莫西林]]软膏或[[泰乐克]]软膏治疗。"), "泰乐克");
        }

        @Test
        void theListGrowsFromEachNewDrug() {
            assertDrugs(drugs("治疗可用[[泰乐克]]、[[维康宁]]与[[阿莫西林]]。"), "泰乐克", "维康宁");
        }

        @Test
        void aLinkTemplatesLatinParameterIsTheEnglishName() {
            Map<String, String> found = drugs("治疗可用[[阿莫西林]]和{{link-en|泰乐克|Tylacin}}。");
            assertEquals("Tylacin", found.get("泰乐克"), found.toString());
        }

        @Test
        void aNameMayRunOnIntoDengButNotIntoAnotherWord() {
            Map<String, String> found = drugs("治疗可用[[阿莫西林]]、[[泰乐克]]等药物，或[[阿莫西林]]和[[免疫抑制]]剂。");
            assertDrugs(found, "泰乐克");
            assertNoDrug(found, "免疫抑制");
        }

        @Test
        void classesAndTherapiesJoinedToADrugAreNoDrugs() {
            assertNoDrug(drugs("治疗可用[[阿莫西林]]或[[抗生素]]，以及[[阿莫西林]]和[[物理治疗]]。"), "抗生素", "物理治疗");
        }

        @Test
        void aLinkNotJoinedToTheDrugIsNoDrug() {
            assertNoDrug(drugs("治疗可用[[阿莫西林]]，同时观察[[维康宁]]的变化。"), "维康宁");
            assertNoDrug(drugs("治疗可用[[阿莫西林]]配合[[维康宁]]。"), "维康宁");
        }

        @Test
        void drugsSaidToBringTheDiseaseOnAreNoDrugs() {
            Map<String, String> found = drugs("服用[[阿莫西林]]、[[泰乐克]]可能引起本病。");
            assertNoDrug(found, "阿莫西林", "泰乐克");
        }
    }

    @Nested
    class Lists {
        @Test
        void aDrugWordBeforeAColonOpensAList() {
            assertDrugs(drugs("降压药：泰乐克、维康宁/诺比林。"), "泰乐克", "维康宁", "诺比林");
            assertDrugs(drugs("常用的降压药物如：泰乐克和维康宁。"), "泰乐克", "维康宁");
        }

        @Test
        void aClassNameBeforeAColonOpensAList() {
            assertDrugs(drugs("== 治疗 ==\n他汀类：泰乐克、维康宁。\n"), "泰乐克", "维康宁");
        }

        @Test
        void aDrugWordAndAnExampleCueOpenAListThatACommaEnds() {
            Map<String, String> found = drugs("可使用降压药物，例如泰乐克、维康宁和诺比林，效果良好。");
            assertDrugs(found, "泰乐克", "维康宁", "诺比林");
            assertNoDrug(found, "效果良好");
        }

        @Test
        void bracketsInsideAListAreNoListEnds() {
            assertDrugs(drugs("降压药：泰乐克（每日两次）、维康宁。"), "泰乐克", "维康宁");
        }

        @Test
        void aHeadThatEndsLikeATreatmentOpensNoList() {
            assertNoDrug(drugs("激素治疗：泰乐克、维康宁。"), "泰乐克", "维康宁");
        }

        @Test
        void aClassAfterAColonIsNoDrug() {
            Map<String, String> found = drugs("降压药：钙通道阻滞剂、泰乐克。");
            assertDrugs(found, "泰乐克");
            assertNoDrug(found, "钙通道阻滞剂");
        }

        @Test
        void aListEndsAtAnItemThatIsNoName() {
            Map<String, String> found = drugs("降压药：泰乐克，须在医生的指导下长期服用，维康宁。");
            assertDrugs(found, "泰乐克");
            assertNoDrug(found, "维康宁");
        }

        @Test
        void aColonAfterAnotherWordOpensNoList() {
            assertNoDrug(drugs("治疗的禁忌：泰乐克、维康宁。"), "泰乐克", "维康宁");
        }
    }

    @Nested
    class BracketAliases {
        @Test
        void aNameInBracketsAfterADrugIsItsAlias() {
            Map<String, String> found = drugs("治疗可用[[阿莫西林]]（泰莫林）。");
            assertEquals(found.get("阿莫西林"), found.get("泰莫林"), found.toString());
        }

        @Test
        void laterPartsAreAliasesOnlyAfterACue() {
            Map<String, String> found = drugs("治疗可用[[阿莫西林]]（泰莫林，又称维莫林，诺比林）。");
            assertDrugs(found, "泰莫林", "维莫林");
            assertNoDrug(found, "诺比林");
        }

        @Test
        void aLatinAliasGivesADrugWithoutOneItsEnglishName() {
            Map<String, String> found = drugs("降压药：泰乐克（Tylacin®）。");
            assertEquals("Tylacin", found.get("泰乐克"), found.toString());
        }

        @Test
        void anAbbreviationIsAnAlias() {
            assertDrugs(drugs("治疗可用[[阿莫西林]]（AMX）。"), "AMX");
        }

        @Test
        void romanNumeralsAndRegionsAreNoAliases() {
            assertNoDrug(drugs("治疗可用[[阿莫西林]]（II）和[[泰乐克]]（台湾）。"), "II", "台湾");
        }

        @Test
        void aBracketAfterSomethingElseHoldsNoAlias() {
            assertNoDrug(drugs("治疗包括休息（泰莫林）。"), "泰莫林");
        }
    }

    @Nested
    class ListItems {
        @Test
        void aLinkAloneInAnItemOfADrugListIsADrug() {
            Map<String, String> found = drugs("== 治疗 ==\n=== 药物 ===\n* [[泰乐克]]\n* [[维康宁]]（维康）\n"
                    + "* [[诺比林]]，是一种降压药。\n");
            assertDrugs(found, "泰乐克", "维康宁", "维康", "诺比林");
        }

        @Test
        void aKnownDrugAmongTheItemsMakesTheListOneOfDrugs() {
            assertDrugs(drugs("== 治疗 ==\n* [[阿莫西林]]\n* [[泰乐克]]\n"), "泰乐克");
        }

        @Test
        void aListWithNoDrugWordNorDrugIsNoDrugList() {
            assertNoDrug(drugs("== 治疗 ==\n* [[泰乐克]]\n* [[维康宁]]\n"), "泰乐克", "维康宁");
        }

        @Test
        void aListOfTreatmentsOtherThanDrugsIsNoDrugList() {
            assertNoDrug(drugs("== 治疗 ==\n=== 非药物治疗 ===\n* [[冥想]]\n* [[阿莫西林]]\n"), "冥想");
        }

        @Test
        void anItemThatSaysMoreIsNoBareLink() {
            assertNoDrug(drugs("== 治疗 ==\n=== 药物 ===\n* [[泰乐克]]可以缓解部分症状\n"), "泰乐克");
        }

        @Test
        void itemsOutsideTreatmentSectionsAreNoDrugs() {
            assertNoDrug(drugs("== 病因 ==\n* [[泰乐克]]\n* [[阿莫西林]]\n"), "泰乐克");
        }
    }

    @Nested
    class Data {
        @Test
        void newStemsMarkDrugs() {
            assertDrugs(drugs("治疗可用泰加喷丁。"), "泰加喷丁");
            assertDrugs(drugs("治疗可用利福泰克。"), "利福泰克");
        }

        @Test
        void aVariantCharacterAndATrailingLetterLeaveTheStem() {
            assertDrugs(drugs("治疗可用[[泰托泊甙]]。"), "泰托泊甙");
            assertDrugs(drugs("治疗可用[[泰乐霉素B]]。"), "泰乐霉素B");
        }

        @Test
        void aLinkedPreparationIsADrug() {
            assertDrugs(drugs("治疗可用[[泰乐明洗剂]]止痒。"), "泰乐明洗剂");
            assertDrugs(drugs("治疗可用[[泰乐明]]软膏。"), "泰乐明");
        }

        @Test
        void aClassBeforeADosageFormIsNoDrug() {
            assertNoDrug(drugs("治疗可用[[类固醇]]软膏。"), "类固醇");
        }

        @Test
        void radioisotopesAreOneDrugHoweverWritten() {
            Map<String, String> found = drugs("治疗可口服碘-131，或131I治疗。");
            assertEquals("iodine-131", found.get("碘-131"), found.toString());
            assertEquals("iodine-131", found.get("131I"), found.toString());
        }

        @Test
        void aDoseIsNoMassNumber() {
            assertTrue(drugs("治疗可口服碘100毫克。").keySet().stream().noneMatch(n -> n.startsWith("碘")));
        }

        @Test
        void aSaltsPrefixIsPartOfTheName() {
            Map<String, String> found = drugs("治疗可用盐酸二甲双胍。");
            assertDrugs(found, "盐酸二甲双胍");
            assertNoDrug(found, "二甲双胍");
        }

        @Test
        void theInfoboxReadsLinkTemplatesAndLinksBeforeZhiLei() {
            Map<String, String> found = drugs("{{Infobox disease\n| name = 某病\n"
                    + "| medication = {{link-en|泰乐克|Tylacin}}、像是[[维康宁]]之类的药物、[[免疫抑制]]剂\n}}\n"
                    + "某病是一种病。\n");
            assertEquals("Tylacin", found.get("泰乐克"), found.toString());
            assertDrugs(found, "维康宁");
            assertNoDrug(found, "免疫抑制");
        }

        @Test
        void aPreventionAndTreatmentSectionIsATreatmentSection() {
            assertDrugs(drugs("== 预防、治疗与预后 ==\n患者可口服[[阿莫西林]]。\n"), "阿莫西林");
        }

        @Test
        void anOutbreakSectionGivesNoDrugs() {
            assertNoDrug(drugs("== 治疗 ==\n=== 近期爆发 ===\n当地医院以[[阿莫西林]]治疗。\n"), "阿莫西林");
        }

        @Test
        void preventionInALinkedNameDoesNotBlockTheClause() {
            assertDrugs(drugs("患者可用[[流感预防注射液]]减轻流感症状。", "流感"), "流感预防注射液");
            assertNoDrug(drugs("[[阿莫西林]]药物可以预防流感。", "流感"), "阿莫西林");
        }
    }
}
