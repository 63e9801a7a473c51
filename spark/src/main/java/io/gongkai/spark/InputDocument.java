package io.gongkai.spark;

import io.gongkai.batch.CorpusFiles;
import io.gongkai.batch.DocumentAudit;
import io.gongkai.batch.DocumentAuditor;
import io.gongkai.ingest.Reports;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PathFilter;

/**
 * One document of the Spark job's input: its name in the tables (the path relative to the input's directory,
 * as {@code gongkai batch} names it) and its qualified path on the Hadoop file system.
 *
 * <p>The driver lists the documents and the executors read each one by its path. (Spark's
 * {@code binaryFiles} would serialise each partition's whole list of paths and the Hadoop configuration once
 * per file, a cost that grows with the square of the documents per partition: at 1,000 per partition it was
 * most of the job's CPU.)
 *
 * <p>A class rather than a record: the job's serializer, Kryo, cannot rebuild records.
 */
final class InputDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String path;
    private final long size;

    /**
     * @param name the path relative to the input's directory, '/'-separated
     * @param path the qualified path ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
     * @param size the file's length in bytes when it was listed
     */
    InputDocument(String name, String path, long size) {
        this.name = name;
        this.path = path;
        this.size = size;
    }

    /** The path relative to the input's directory, '/'-separated: the document's name in the tables. */
    String name() {
        return name;
    }

    /** Hadoop's rule for input files (FileInputFormat): names starting with '_' or '.' are not input. */
    private static final PathFilter VISIBLE = p -> !p.getName().startsWith("_") && !p.getName().startsWith(".");

    /**
     * The documents of an input, sorted by name: a directory searched recursively, or a glob whose matching
     * directories are searched recursively. Hidden names ('.', '_') and truth files are left out, as batch
     * leaves them out.
     *
     * @throws FileNotFoundException when the input names nothing that exists
     */
    static List<InputDocument> list(String input, Configuration hadoop) throws IOException {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(pattern, VISIBLE);
        if (matches == null || matches.length == 0) {
            throw new FileNotFoundException("输入不存在或没有匹配的文件：" + input
                    + " / the input does not exist or matches no file: " + input);
        }
        String base = qualifiedBase(pattern, fs);
        List<InputDocument> documents = new ArrayList<>();
        for (FileStatus match : matches) {
            addFiles(fs, match, base, documents);
        }
        documents.sort(Comparator.comparing(InputDocument::name));
        return documents;
    }

    private static void addFiles(FileSystem fs, FileStatus status, String base, List<InputDocument> documents)
            throws IOException {
        if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(status.getPath(), VISIBLE)) {
                addFiles(fs, child, base, documents);
            }
            return;
        }
        String path = status.getPath().toString();
        String name = relative(base, path);
        if (CorpusFiles.isDocument(name)) {
            documents.add(new InputDocument(name, path, status.getLen()));
        }
    }

    /**
     * The document read and audited, as {@code gongkai batch} audits it: a file over {@link Reports#MAX_BYTES} is
     * not read and a file that cannot be read is not retried; each becomes a record of the errors table instead of
     * failing the task.
     */
    DocumentAudit audit(DocumentAuditor auditor, Configuration hadoop) {
        if (size > Reports.MAX_BYTES) {
            return DocumentAuditor.tooLarge(name, size);
        }
        Path file = new Path(path);
        byte[] bytes;
        try (FSDataInputStream in = file.getFileSystem(hadoop).open(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return DocumentAuditor.unreadable(name, e);
        }
        return auditor.audit(name, bytes);
    }

    /** The input's directory (before any wildcard) as the file system qualifies it, without a trailing slash. */
    private static String qualifiedBase(Path pattern, FileSystem fs) throws IOException {
        Path base = pattern;
        for (Path p = pattern; p != null; p = p.getParent()) {
            if (p.getName().matches(".*[*?\\[\\]{}].*")) {
                base = p.getParent();
            }
        }
        if (base == pattern && !fs.getFileStatus(base).isDirectory()) {
            base = base.getParent();
        }
        String qualified = fs.makeQualified(base).toString();
        return qualified.endsWith("/") ? qualified.substring(0, qualified.length() - 1) : qualified;
    }

    /** A file's path relative to the base ('/'-separated), or its whole path when it lies elsewhere. */
    private static String relative(String base, String file) {
        String prefix = base + "/";
        return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
    }
}
