package io.gongkai.author.input;

import io.gongkai.author.BudgetData;
import io.gongkai.author.BudgetDataException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads budget data from a file, JSON or the XLSX template, by its content (a ZIP container is a workbook) and
 * tells budget data from a disclosure, so that commands taking either ({@code gongkai render}) can choose.
 */
public final class BudgetInputs {

    private static final int SNIFF = 4096;

    private BudgetInputs() {
    }

    /** Reads the budget data in the file; every problem is reported with its place. */
    public static BudgetData read(Path file) throws BudgetDataException {
        if (!Files.isRegularFile(file)) {
            throw new BudgetDataException(file.getFileName().toString(), "文件不存在或不是普通文件",
                    "the file does not exist or is not a regular file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            byte[] head = in.readNBytes(2);
            in.reset();
            if (head.length == 2 && head[0] == 'P' && head[1] == 'K') {
                return new BudgetWorkbook().read(in);
            }
            return new BudgetJson().read(in);
        } catch (IOException e) {
            throw new BudgetDataException(file.getFileName().toString(), "无法读取：" + e.getMessage(),
                    "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Whether the file holds budget data rather than a published disclosure: a .json whose object has
     * {@code lineItems}, or an .xlsx written from the template (its sheet 明细 is named in the workbook).
     */
    public static boolean isBudgetData(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF);
            if (name.endsWith(".json")) {
                return new String(head, StandardCharsets.UTF_8).contains("\"lineItems\"");
            }
            if (name.endsWith(".xlsx") && head.length > 2 && head[0] == 'P' && head[1] == 'K') {
                try (InputStream again = Files.newInputStream(file);
                     org.apache.poi.ss.usermodel.Workbook book =
                             org.apache.poi.ss.usermodel.WorkbookFactory.create(again)) {
                    return book.getSheet(TemplateLayout.LINES) != null && book.getSheet(TemplateLayout.UNIT) != null;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
