package io.gongkai.render.findings;

import io.gongkai.rules.CheckResult;
import java.util.Objects;

/**
 * The findings of one checked file, as the findings writers take them.
 *
 * @param file the file as the user named it (a path or a name); written as {@code file} in JSON and as the
 *             artifact URI in SARIF
 * @param result the report read from it and its findings
 */
public record CheckedFile(String file, CheckResult result) {

    public CheckedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
    }
}
