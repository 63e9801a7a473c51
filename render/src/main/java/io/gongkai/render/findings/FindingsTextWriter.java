package io.gongkai.render.findings;

import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Evidence;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes findings for a person at a terminal: per file a heading with the unit and year and the counts, then the
 * findings grouped by severity (错误, 警告, 提示), each with its location, rule, message, expected and actual values
 * with the difference, the basis and the values it rests on. ANSI colours only when asked for. Thread-safe.
 */
public final class FindingsTextWriter implements FindingsWriter {

    /** At most this many evidence lines per finding; JSON and HTML carry all of them. */
    static final int MAX_EVIDENCE = 6;

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";

    private final boolean colour;

    private FindingsTextWriter(boolean colour) {
        this.colour = colour;
    }

    /** Plain text, no escape sequences. */
    public static FindingsTextWriter plain() {
        return new FindingsTextWriter(false);
    }

    /** Text with ANSI colours, for a terminal. */
    public static FindingsTextWriter coloured() {
        return new FindingsTextWriter(true);
    }

    @Override
    public void write(List<CheckedFile> files, Appendable out) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            file(files.get(i), out);
        }
        if (files.size() > 1) {
            out.append('\n').append(style(BOLD, "共 " + files.size() + " 个文件：" + counts(Labels.total(files))))
                    .append('\n');
        }
    }

    private void file(CheckedFile file, Appendable out) throws IOException {
        CheckResult result = file.result();
        out.append(style(BOLD, file.file())).append('\n');
        out.append(Labels.title(result.report())).append('\n');
        out.append(counts(result.counts())).append('\n');
        if (!result.report().issues().isEmpty()) {
            out.append(style(DIM, "（读取时有 " + result.report().issues().size()
                    + " 处未能识别，相关数字可能缺失；gongkai extract 可查看）")).append('\n');
        }
        if (result.findings().isEmpty()) {
            out.append("未发现问题。\n");
            return;
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = result.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(style(colour(severity) + BOLD, severity.label() + "（" + group.size() + "）"))
                    .append('\n');
            for (int i = 0; i < group.size(); i++) {
                finding(i + 1, group.get(i), out);
            }
        }
    }

    private void finding(int number, Finding f, Appendable out) throws IOException {
        String indent = "     ";
        out.append(String.format("%3d. ", number))
                .append(style(colour(f.severity()), f.location().describe()))
                .append("  [").append(f.rule()).append(' ').append(f.category().label()).append("]\n");
        out.append(indent).append(f.message()).append('\n');
        if (f.expected() != null || f.actual() != null) {
            out.append(indent).append("应为 ").append(orBlank(f.expected())).append("，实为 ")
                    .append(orBlank(f.actual()));
            if (f.difference() != null) {
                out.append("，差额 ").append(Labels.signed(f.difference()));
            }
            out.append('\n');
        }
        if (f.basis() != null && !f.basis().isBlank()) {
            out.append(indent).append(style(DIM, "依据：" + f.basis())).append('\n');
        }
        List<Evidence> evidence = f.evidence();
        for (int i = 0; i < Math.min(evidence.size(), MAX_EVIDENCE); i++) {
            Evidence e = evidence.get(i);
            String where = Labels.where(e.source()).map(w -> "（" + w + "）").orElse("");
            out.append(indent).append(style(DIM, "· " + e.what() + " = " + e.value() + where)).append('\n');
        }
        if (evidence.size() > MAX_EVIDENCE) {
            out.append(indent).append(style(DIM, "· …另有 " + (evidence.size() - MAX_EVIDENCE) + " 项"))
                    .append('\n');
        }
    }

    private String counts(Map<Severity, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            if (sb.length() > 0) {
                sb.append("，");
            }
            int n = counts.getOrDefault(s, 0);
            String part = s.label() + " " + n;
            sb.append(n > 0 ? style(colour(s), part) : part);
        }
        return sb.toString();
    }

    private static String orBlank(String value) {
        return value == null ? "—" : value;
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
