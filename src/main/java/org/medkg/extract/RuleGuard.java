package org.medkg.extract;

import java.util.function.Supplier;

/**
 * Runs one extractor of an article so that an input which defeats it costs only its own facts: a failure is
 * reported as a warning naming the extractor and what went wrong, and the article keeps its other facts.
 */
final class RuleGuard {
    private final Reporter reporter;

    RuleGuard(Reporter reporter) {
        this.reporter = reporter;
    }

    /** What {@code rule} finds, or {@code fallback} (reported) when it fails. */
    <T> T run(String rule, Supplier<T> extractor, T fallback) {
        try {
            return extractor.get();
        } catch (RuntimeException | StackOverflowError e) {
            reporter.warn(1, 1, rule + " left out: " + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + e.getMessage() : ""));
            return fallback;
        }
    }
}
