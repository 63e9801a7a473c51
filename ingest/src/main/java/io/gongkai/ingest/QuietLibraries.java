package io.gongkai.ingest;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the document libraries from printing to the console: PDFBox logs every repair of a damaged file with a
 * stack trace, and POI's logging API complains that no logging backend is present. What matters reaches the user
 * as an {@link UnreadableInputException} or an ingest issue instead. An application that configures logging
 * itself (a system property naming a Log4j context factory, or JUL levels set later) keeps its own settings.
 */
public final class QuietLibraries {

    /** Held so that the JUL configuration is not garbage-collected. */
    private static final Logger[] QUIETED = {Logger.getLogger("org.apache.pdfbox"),
        Logger.getLogger("org.apache.fontbox")};

    static {
        for (Logger logger : QUIETED) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.OFF);
            }
        }
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private QuietLibraries() {
    }

    /** Applies the settings (once, on first call). */
    public static void apply() {
        // the static initialiser has done the work
    }
}
