import io.gongkai.ingest.Reports;
import io.gongkai.model.Report;
import io.gongkai.render.findings.CheckedFile;
import io.gongkai.render.findings.FindingsJsonWriter;
import io.gongkai.render.json.ReportJsonWriter;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Checker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the reader and the checker make of each document, as two digests per file: the SHA-256 of the report's
 * canonical JSON (with provenance) and of its findings as {@code gongkai check --format json} writes them. Run it
 * before and after a change that must not change any result, and diff the two outputs:
 * {@code java -cp cli/target/gongkai.jar benchmarks/scripts/ResultDigest.java DIR_OR_FILE... > before.txt}.
 * A directory contributes every *.txt file under it, in name order. A file the reader refuses prints its message.
 */
public final class ResultDigest {

    public static void main(String[] args) throws Exception {
        Checker checker = Checker.standard();
        ReportJsonWriter json = ReportJsonWriter.withProvenance();
        FindingsJsonWriter findings = FindingsJsonWriter.objectForOneFile();
        for (String arg : args) {
            Path path = Path.of(arg);
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> all = Files.walk(path)) {
                    files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    Report report = Reports.read(name, Files.readAllBytes(file));
                    ByteArrayOutputStream reportBytes = new ByteArrayOutputStream();
                    json.write(report, reportBytes);
                    CheckResult result = checker.check(report);
                    StringBuilder findingText = new StringBuilder();
                    findings.write(List.of(new CheckedFile(name, result)), findingText);
                    System.out.println(file + " report " + sha256(reportBytes.toByteArray()) + " findings "
                            + result.findings().size() + " " + sha256(findingText.toString().getBytes(StandardCharsets.UTF_8)));
                } catch (RuntimeException e) {
                    System.out.println(file + " refused " + e.getMessage());
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    }
}
