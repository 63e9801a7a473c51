package io.gongkai.render.findings;

import io.gongkai.model.Report;
import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Evidence;
import io.gongkai.rules.Finding;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.linkage.PairRule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes findings as one standalone HTML page in Chinese (inline CSS, no scripts, no external resources): a
 * summary of the counts, then per file the unit, year and kind, and its findings grouped by severity in tables
 * with location, message, expected, actual, difference and rule, the basis and the values used in a fold-out.
 * All text is escaped. Thread-safe.
 */
public final class FindingsHtmlWriter implements FindingsWriter {

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;\
            margin:0;padding:24px 32px;color:#1f2328;background:#f6f8fa;line-height:1.6}
            h1{font-size:22px;margin:0 0 8px}h2{font-size:19px;margin:0 0 4px}h3{font-size:16px;margin:20px 0 8px}
            section.file{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:16px 20px;margin:16px 0}
            .meta{color:#59636e;margin:0 0 8px}.none{color:#1a7f37}
            ul.counts{list-style:none;padding:0;margin:8px 0;display:flex;gap:12px}
            ul.counts li{border-radius:4px;padding:2px 10px;background:#eef1f4}
            .ERROR{color:#cf222e}.WARNING{color:#9a6700}.INFO{color:#0969da}
            ul.counts li.ERROR{background:#ffebe9}ul.counts li.WARNING{background:#fff8c5}\
            ul.counts li.INFO{background:#ddf4ff}
            table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}
            th{background:#f6f8fa;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums;\
            white-space:nowrap}
            code{font-family:ui-monospace,Consolas,monospace;font-size:13px}
            details{margin-top:4px;color:#59636e}summary{cursor:pointer}details ul{margin:4px 0;padding-left:20px}
            details code{white-space:pre-wrap}
            footer{color:#59636e;font-size:13px;margin-top:24px}
            """;

    private final Map<String, RuleDoc> docs;

    /** @param rules the catalogue, for the rules' titles (may be empty) */
    public FindingsHtmlWriter(List<Rule> rules) {
        this(rules, List.of());
    }

    /** @param rules the catalogue and @param pairRules the linkage rules, for the rules' titles */
    public FindingsHtmlWriter(List<Rule> rules, List<PairRule> pairRules) {
        Map<String, RuleDoc> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            byId.putIfAbsent(rule.doc().id(), rule.doc());
        }
        for (PairRule rule : pairRules) {
            byId.putIfAbsent(rule.doc().id(), rule.doc());
        }
        this.docs = Map.copyOf(byId);
    }

    @Override
    public void write(List<CheckedFile> files, Appendable out) throws IOException {
        String title = files.size() == 1 ? "审核结果：" + Labels.title(files.get(0).result().report())
                : "审核结果：" + files.size() + " 个文件";
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>部门预决算公开审核结果</h1>\n<p class=\"meta\">共 ").append(String.valueOf(files.size()))
                .append(" 个文件</p>\n");
        counts(Labels.total(files), out);
        out.append("</header>\n");
        for (CheckedFile file : files) {
            file(file, out);
        }
        out.append("<footer>由 Gongkai（公开）生成。严重程度：错误＝公开数字与其他数字或恒等关系矛盾；")
                .append("警告＝可能的缺陷或不合规；提示＝说明，包括尾数误差。</footer>\n</body>\n</html>\n");
    }

    private void file(CheckedFile file, Appendable out) throws IOException {
        CheckResult result = file.result();
        Report report = result.report();
        out.append("<section class=\"file\">\n<h2>").append(Html.escape(Labels.title(report))).append("</h2>\n");
        out.append("<p class=\"meta\">文件：<code>").append(Html.escape(file.file())).append("</code>")
                .append("　单位：").append(Html.escape(report.unit().name()))
                .append("　年度：").append(String.valueOf(report.year()))
                .append("　类型：").append(Labels.kind(report.kind()));
        if (report.unit().code() != null) {
            out.append("　主管部门代码：").append(Html.escape(report.unit().code()));
        }
        out.append("</p>\n");
        counts(result.counts(), out);
        if (!report.issues().isEmpty()) {
            out.append("<p class=\"meta\">读取时有 ").append(String.valueOf(report.issues().size()))
                    .append(" 处未能识别，相关数字可能缺失。</p>\n");
        }
        if (result.findings().isEmpty()) {
            out.append("<p class=\"none\">未发现问题。</p>\n</section>\n");
            return;
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = result.findings().stream().filter(f -> f.severity() == severity).toList();
            if (!group.isEmpty()) {
                group(severity, group, out);
            }
        }
        out.append("</section>\n");
    }

    private void group(Severity severity, List<Finding> group, Appendable out) throws IOException {
        out.append("<h3 class=\"").append(severity.name()).append("\">").append(severity.label()).append("（")
                .append(String.valueOf(group.size())).append("）</h3>\n");
        out.append("<table class=\"findings ").append(severity.name().toLowerCase(Locale.ROOT)).append("\">\n")
                .append("<thead><tr><th>序号</th><th>位置</th><th>问题</th><th>应为</th><th>实为</th>")
                .append("<th>差额</th><th>规则</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < group.size(); i++) {
            row(i + 1, group.get(i), out);
        }
        out.append("</tbody>\n</table>\n");
    }

    private void row(int number, Finding f, Appendable out) throws IOException {
        out.append("<tr><td class=\"num\">").append(String.valueOf(number)).append("</td>");
        out.append("<td>").append(Html.escape(f.location().describe()));
        if (!f.tables().isEmpty()) {
            out.append("<br><small>涉及表 ").append(f.tables().stream().map(String::valueOf)
                    .collect(Collectors.joining("、"))).append("</small>");
        }
        out.append("</td>\n<td>").append(Html.escape(f.message()));
        details(f, out);
        out.append("</td>\n<td class=\"num\">").append(Html.escape(dash(f.expected())))
                .append("</td><td class=\"num\">").append(Html.escape(dash(f.actual())))
                .append("</td><td class=\"num\">")
                .append(f.difference() == null ? "—" : Html.escape(Labels.signed(f.difference())))
                .append("</td>\n<td><code>").append(Html.escape(f.rule())).append("</code>");
        RuleDoc doc = docs.get(f.rule());
        if (doc != null) {
            out.append("<br>").append(Html.escape(doc.title()));
        }
        out.append("<br><small>").append(Html.escape(f.category().label())).append("</small></td></tr>\n");
    }

    private static void details(Finding f, Appendable out) throws IOException {
        boolean hasBasis = f.basis() != null && !f.basis().isBlank();
        if (!hasBasis && f.evidence().isEmpty()) {
            return;
        }
        out.append("<details><summary>依据与数据来源</summary>");
        if (hasBasis) {
            out.append("<div>依据：").append(Html.escape(f.basis())).append("</div>");
        }
        if (!f.evidence().isEmpty()) {
            out.append("<ul>");
            for (Evidence e : f.evidence()) {
                out.append("<li>").append(Html.escape(e.what())).append(" = <b>").append(Html.escape(e.value()))
                        .append("</b>");
                Optional<String> where = Labels.where(e.source());
                if (where.isPresent()) {
                    out.append("（").append(Html.escape(where.get())).append("）");
                }
                if (!e.source().raw().isBlank()) {
                    out.append("<br><code>").append(Html.escape(e.source().raw())).append("</code>");
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        out.append("</details>");
    }

    private static void counts(Map<Severity, Integer> counts, Appendable out) throws IOException {
        out.append("<ul class=\"counts\">");
        for (Severity s : Severity.values()) {
            out.append("<li class=\"").append(s.name()).append("\">").append(s.label()).append(" <b>")
                    .append(String.valueOf(counts.getOrDefault(s, 0))).append("</b></li>");
        }
        out.append("</ul>\n");
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
