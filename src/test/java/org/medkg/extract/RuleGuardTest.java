package org.medkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleGuardTest {

    @Test
    void aFailingExtractorCostsOnlyItsOwnFactsAndIsReported() {
        ProblemHandler.Collecting problems = new ProblemHandler.Collecting();
        RuleGuard guard = new RuleGuard(new Reporter("a.wiki", problems));
        List<String> genes = guard.run("genes", () -> {
            throw new IllegalStateException("bad table");
        }, List.of());
        assertEquals(List.of(), genes);
        assertEquals(List.of("codes"), guard.run("codes", () -> List.of("codes"), List.of()));
        assertEquals(1, problems.problems().size());
        assertEquals("genes left out: IllegalStateException: bad table", problems.problems().get(0).message());
        assertEquals(Problem.Severity.WARNING, problems.problems().get(0).severity());
    }
}
