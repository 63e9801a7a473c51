package io.gongkai.rules.mutation;

import io.gongkai.model.Columns;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RowNames;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.support.Verdicts;
import io.gongkai.rules.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Rules defined only to prove the harness: each catches a known set of mutants, or none. */
public final class TinyRules {

    private TinyRules() {
    }

    /** The published cells among the columns: blank cells are exact zeros and are left out of a sum. */
    static List<BigDecimal> published(TableRow row, String... columns) {
        return Arrays.stream(columns).filter(row::has).map(row::amount).toList();
    }

    /** 表3 total = basic + project per row: catches every mutant of a table 3 cell, and nothing else. */
    @RuleDoc(id = "TEST-001", title = "表3 合计 = 基本支出 + 项目支出", category = Category.ARITHMETIC,
            severity = Severity.ERROR, rationale = "测试用规则。", basis = "DOMAIN.md 恒等式 4")
    public static final class ExpenditureTotalRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            report.table(TableType.EXPENDITURE_SUMMARY).ifPresent(t -> t.rows().forEach(row -> {
                FindingSink.Builder b = Verdicts.report(sink, Tolerance.sum(row.amount(Columns.TOTAL),
                                published(row, Columns.BASIC, Columns.PROJECT)),
                        "表3合计不等于基本支出与项目支出之和");
                if (b != null) {
                    BigDecimal sum = published(row, Columns.BASIC, Columns.PROJECT).stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    b.at(Location.cell(3, RowNames.of(row), Columns.TOTAL)).values(sum, row.amount(Columns.TOTAL));
                }
            }));
        }
    }

    /** 情况说明 三 基本支出 = 表3 合计行 基本支出: catches that fact and that cell. */
    @RuleDoc(id = "TEST-002", title = "说明三 基本支出 = 表3 基本支出", category = Category.NARRATIVE,
            severity = Severity.ERROR, rationale = "测试用规则。", basis = "DOMAIN.md 恒等式 11")
    public static final class BasicExpenditureStatedRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            TableRow total = report.table(TableType.EXPENDITURE_SUMMARY).flatMap(t -> t.row(RowKeys.TOTAL))
                    .orElse(null);
            if (total == null) {
                return;
            }
            for (NarrativeFact fact : report.narrative().factsIn("三")) {
                if (fact.kind() == FactKind.AMOUNT && fact.subject().equals("基本支出")) {
                    FindingSink.Builder b = Verdicts.report(sink,
                            Tolerance.equal(total.amount(Columns.BASIC), fact.value()), "说明中的基本支出与表3不符");
                    if (b != null) {
                        b.at(Location.section(fact.section()));
                    }
                }
            }
        }
    }

    /** Always warns at the same place: present in the baseline, so it catches nothing. */
    @RuleDoc(id = "TEST-003", title = "总是警告", category = Category.COMPLETENESS, severity = Severity.WARNING,
            rationale = "测试用规则。", basis = "无")
    public static final class AlwaysWarnsRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            sink.add("总是如此").at(Location.table(1));
        }
    }

    /** 表5 total = basic + project, but only ever as INFO: INFO findings never catch a mutant. */
    @RuleDoc(id = "TEST-004", title = "表5 合计 = 基本支出 + 项目支出（仅提示）", category = Category.ARITHMETIC,
            severity = Severity.INFO, rationale = "测试用规则。", basis = "DOMAIN.md 恒等式 3")
    public static final class GpbTotalRemarkRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            report.table(TableType.GPB_EXPENDITURE).ifPresent(t -> t.rows().forEach(row -> {
                FindingSink.Builder b = Verdicts.report(sink, Tolerance.sum(row.amount(Columns.TOTAL),
                        published(row, Columns.BASIC, Columns.PROJECT)), "表5不平");
                if (b != null) {
                    b.at(Location.cell(5, RowNames.of(row), Columns.TOTAL));
                }
            }));
        }
    }
}
