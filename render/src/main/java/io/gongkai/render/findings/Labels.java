package io.gongkai.render.findings;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.SourceRef;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chinese wording shared by the human-readable findings writers. */
final class Labels {

    private Labels() {
    }

    /** 部门预算 or 部门决算. */
    static String kind(ReportKind kind) {
        return kind == ReportKind.FINAL_ACCOUNTS ? "部门决算" : "部门预算";
    }

    /** 长治市屯留区商务发展中心 2024年部门预算. */
    static String title(Report report) {
        String name = report.unit().name() == null || report.unit().name().isBlank() ? "（单位名称未识别）"
                : report.unit().name();
        return name + " " + report.year() + "年" + kind(report.kind());
    }

    /** A difference with its sign: +1.00, -0.01, 0. */
    static String signed(BigDecimal difference) {
        String plain = difference.toPlainString();
        return difference.signum() > 0 ? "+" + plain : plain;
    }

    /** Where a value was read (000.txt:123), or empty when it was not read from a document. */
    static Optional<String> where(SourceRef source) {
        if (source.page() == 0 && source.line() == 0) {
            return source.file().isEmpty() ? Optional.empty() : Optional.of(source.file());
        }
        return Optional.of(source.location());
    }

    /** The counts by severity over several files. */
    static Map<Severity, Integer> total(List<CheckedFile> files) {
        Map<Severity, Integer> total = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            total.put(s, 0);
        }
        for (CheckedFile file : files) {
            file.result().counts().forEach((s, n) -> total.merge(s, n, Integer::sum));
        }
        return total;
    }
}
