package io.gongkai.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output directory of a batch run: the four tables as numbered part files ({@code reports/part-00000.csv} …)
 * and a manifest of the documents each part holds ({@code _manifest/part-00000.tsv}: path, tab, SHA-256).
 *
 * <p>A part is committed in two steps: its table files are written under temporary names and renamed into place,
 * then its manifest is written the same way. The manifest file is the commit: a part whose manifest is missing
 * was interrupted, and opening the directory again deletes its table files, so a resumed run redoes those
 * documents and no record is ever written twice. One run at a time owns the directory; {@link #isDone} may be
 * called from any thread, {@link #commit} from one.
 */
public final class OutputDirectory {

    static final String MANIFEST = "_manifest";
    private static final String FORMAT_FILE = "_format";
    private static final Pattern PART = Pattern.compile("part-(\\d{5,})\\.[a-z]+");
    private static final String TEMPORARY_PREFIX = ".tmp-";

    private final Path root;
    private final TableFormat format;
    /** Read by the workers while the run's thread adds to it. */
    private final Set<String> done = ConcurrentHashMap.newKeySet();
    private int nextPart;

    private OutputDirectory(Path root, TableFormat format) {
        this.root = root;
        this.format = format;
    }

    /**
     * Opens (creating it if needed) an output directory for a format, reads what earlier runs committed and
     * removes what an interrupted run left half-written.
     *
     * @throws IllegalArgumentException when the directory holds output in another format (bilingual message)
     */
    public static OutputDirectory open(Path root, TableFormat format) throws IOException {
        Files.createDirectories(root.resolve(MANIFEST));
        Path formatFile = root.resolve(FORMAT_FILE);
        if (Files.exists(formatFile)) {
            String existing = Files.readString(formatFile, StandardCharsets.UTF_8).strip();
            if (!existing.equals(format.extension())) {
                throw new IllegalArgumentException("输出目录已有 " + existing + " 格式的结果，请用 --format " + existing
                        + " 续跑或换一个目录：" + root + " / the output directory holds " + existing
                        + " tables; resume with --format " + existing + " or use another directory: " + root);
            }
        } else {
            writeAtomically(formatFile, format.extension() + "\n");
        }
        OutputDirectory directory = new OutputDirectory(root, format);
        directory.recover();
        return directory;
    }

    /** Whether a document with this path and content was committed by an earlier part. */
    public boolean isDone(String file, String sha256) {
        return done.contains(key(file, sha256));
    }

    /** How many documents earlier parts committed. */
    public int doneCount() {
        return done.size();
    }

    public Path root() {
        return root;
    }

    public TableFormat format() {
        return format;
    }

    /** Writes the documents' records as the next part of every table, then commits them in the manifest. */
    public void commit(List<DocumentAudit> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        String part = String.format("part-%05d", nextPart);
        for (TableSchema table : BatchTables.ALL) {
            List<Object[]> records = new ArrayList<>();
            documents.forEach(d -> records.addAll(d.records(table)));
            if (records.isEmpty()) {
                continue;
            }
            Path directory = Files.createDirectories(root.resolve(table.name()));
            Path target = directory.resolve(part + "." + format.extension());
            Path temporary = directory.resolve(TEMPORARY_PREFIX + target.getFileName());
            Files.deleteIfExists(temporary);
            try (TablePartWriter writer = TablePartWriter.open(format, table, temporary)) {
                for (Object[] record : records) {
                    writer.write(record);
                }
            }
            move(temporary, target);
        }
        StringBuilder manifest = new StringBuilder();
        for (DocumentAudit d : documents) {
            manifest.append(d.file()).append('\t').append(d.sha256()).append('\n');
        }
        writeAtomically(root.resolve(MANIFEST).resolve(part + ".tsv"), manifest.toString());
        documents.forEach(d -> done.add(key(d.file(), d.sha256())));
        nextPart++;
    }

    private void recover() throws IOException {
        Set<String> committed = new HashSet<>();
        int highest = -1;
        for (Path manifest : list(root.resolve(MANIFEST))) {
            String name = manifest.getFileName().toString();
            Matcher m = PART.matcher(name);
            if (!m.matches() || !name.endsWith(".tsv")) {
                Files.delete(manifest); // an interrupted manifest write (.tmp-…)
                continue;
            }
            committed.add(name.substring(0, name.length() - ".tsv".length()));
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    done.add(key(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
        for (TableSchema table : BatchTables.ALL) {
            for (Path file : list(root.resolve(table.name()))) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.', 1);
                String part = dot < 0 ? name : name.substring(0, dot);
                if (!PART.matcher(name).matches() || !committed.contains(part)) {
                    Files.delete(file); // written by a part that never committed
                } else {
                    highest = Math.max(highest, Integer.parseInt(part.substring("part-".length())));
                }
            }
        }
        nextPart = highest + 1;
    }

    private static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path temporary = target.resolveSibling(TEMPORARY_PREFIX + target.getFileName());
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        move(temporary, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("part file already exists: " + to, e);
        }
    }

    private static String key(String file, String sha256) {
        return file + '\t' + sha256;
    }
}
