package io.gongkai.render;

import io.gongkai.model.Report;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a whole report in one publishable format. Writers take a sink, never a path, and never close it.
 * Implementations are immutable and thread-safe.
 */
public interface ReportWriter {

    /** Writes the report to the stream, flushing but not closing it. */
    void write(Report report, OutputStream out) throws IOException;
}
