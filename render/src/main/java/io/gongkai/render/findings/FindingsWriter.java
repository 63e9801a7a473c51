package io.gongkai.render.findings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the findings of one or more checked files in one output format (text, JSON, HTML, SARIF). Writers take a
 * sink, never a path, and never close it. Implementations are immutable and thread-safe.
 */
public interface FindingsWriter {

    /** Writes the findings of the files, in the order given. */
    void write(List<CheckedFile> files, Appendable out) throws IOException;

    /**
     * Writes the findings of the files and then the linkage findings of the pairs among them. By default each pair
     * is written as one more entry named after both files ({@link LinkedCheck#asCheckedFile}); JSON gives pairs a
     * shape of their own.
     */
    default void write(List<CheckedFile> files, List<LinkedCheck> links, Appendable out) throws IOException {
        write(withLinks(files, links), out);
    }

    /** The files, then each pair as one more entry named after both files ({@link LinkedCheck#asCheckedFile}). */
    static List<CheckedFile> withLinks(List<CheckedFile> files, List<LinkedCheck> links) {
        List<CheckedFile> all = new java.util.ArrayList<>(files);
        links.forEach(l -> all.add(l.asCheckedFile()));
        return all;
    }

    /** Writes the findings to a byte stream as UTF-8, flushing but not closing it. */
    default void writeUtf8(List<CheckedFile> files, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(files, writer);
        writer.flush();
    }
}
