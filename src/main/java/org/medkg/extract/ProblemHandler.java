package org.medkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Receives the problems found while reading articles, in the manner of Jena riot's {@code ErrorHandler}:
 * a strict handler fails on the first one (tests), a collecting or printing one lets the run go on (CLI).
 */
public interface ProblemHandler {

    void report(Problem problem);

    /** Fails with {@link IllegalStateException} on any problem. */
    static ProblemHandler strict() {
        return p -> {
            throw new IllegalStateException(p.toString());
        };
    }

    /** Hands every problem to {@code sink} and goes on. */
    static ProblemHandler to(Consumer<Problem> sink) {
        return sink::accept;
    }

    /** Keeps every problem in a list. */
    final class Collecting implements ProblemHandler {
        private final List<Problem> problems = new ArrayList<>();

        @Override
        public void report(Problem problem) {
            problems.add(problem);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
