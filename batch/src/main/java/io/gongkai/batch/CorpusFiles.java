package io.gongkai.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents of a corpus directory: every regular file below it, in path order, except hidden files and
 * directories (a name starting with a dot), the planted-defect truth files beside generated documents
 * ({@code *.truth.json}) and anything inside the run's own output directory. Every other file is a document: one
 * that is not a disclosure becomes a row of the errors table.
 */
public final class CorpusFiles {

    /** The suffix of the truth file the corpus generator writes beside each document. */
    public static final String TRUTH_SUFFIX = ".truth.json";

    private CorpusFiles() {
    }

    /**
     * The documents under a directory as paths relative to it, '/'-separated, sorted.
     *
     * @param root the corpus directory
     * @param exclude a directory to leave out (the output, when it lies inside the corpus), or null
     */
    public static List<String> list(Path root, Path exclude) throws IOException {
        // Real paths: a corpus reached through a symbolic link is walked, not seen as one file.
        Path base = root.toRealPath();
        Path skip = exclude == null ? null : Files.exists(exclude) ? exclude.toRealPath()
                : exclude.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> skip == null || !p.startsWith(skip))
                    .map(base::relativize)
                    .filter(CorpusFiles::isDocument)
                    .map(CorpusFiles::slashed)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isDocument(Path relative) {
        return isDocument(slashed(relative));
    }

    /**
     * Whether a file, by its '/'-separated path relative to the corpus root, is a document: no part of the path
     * is hidden and it is not a truth file. The Spark job filters its input with the same test.
     */
    public static boolean isDocument(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return !relative.endsWith(TRUTH_SUFFIX);
    }

    private static String slashed(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
