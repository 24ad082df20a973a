package org.medkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeNumeralsTest {

    @Test
    void aNumberedCollagenTypeIsWrittenEveryWay() {
        Set<String> v = TypeNumerals.variants("VII型胶原");
        assertTrue(v.containsAll(Set.of("第7型胶原蛋白", "第七型胶原蛋白", "Ⅶ型胶原", "VII型胶原蛋白", "7型胶原")), v.toString());
    }

    @Test
    void anotherNumberedTypeKeepsItsName() {
        Set<String> v = TypeNumerals.variants("2型脱碘酶");
        assertTrue(v.containsAll(Set.of("第二型脱碘酶", "II型脱碘酶", "Ⅱ型脱碘酶")), v.toString());
        assertTrue(v.stream().allMatch(x -> x.endsWith("型脱碘酶")), v.toString());
    }

    @Test
    void otherNamesStandForThemselves() {
        assertEquals(Set.of("苯丙氨酸羟化酶"), TypeNumerals.variants("苯丙氨酸羟化酶"));
    }
}
