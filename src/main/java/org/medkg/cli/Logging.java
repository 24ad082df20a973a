package org.medkg.cli;

/**
 * Configures the one SLF4J binding (slf4j-simple) before any logger exists: messages on stderr, Jena's
 * INFO chatter silenced unless {@code --verbose}.
 */
final class Logging {

    private Logging() {
    }

    static void configure(String level) {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "false");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena",
                level.equals("debug") ? "info" : level);
    }
}
