package io.gongkai.render.findings;

import io.gongkai.ingest.Reports;
import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.CheckConfig;
import io.gongkai.rules.Checker;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rules of the writer tests' own, so that the tests do not depend on what the catalogue holds, and the real
 * documents they run on. Each rule fires on every budget with the tables it looks at, at one severity each.
 */
final class SampleRules {

    static final String SEED_000 = "seeds/000_c275e096c8611f2e";
    static final String FIXTURE_A = "fixtures/fixture-a-9tables";

    /** The three sample rules, one per severity. */
    static final List<Rule> ALL = List.of(new ExpenditureTotalRule(), new MissingOperatingCostsRule(),
            new FirstNarrativeFigureRule());

    private SampleRules() {
    }

    /** Reads a test document with the real reader and checks it with the sample rules. */
    static CheckedFile checked(String document) {
        return new CheckedFile(document.substring(document.indexOf('/') + 1) + ".txt",
                new Checker(ALL, CheckConfig.DEFAULT).check(read(document)));
    }

    static Report read(String document) {
        String name = document.substring(document.indexOf('/') + 1) + ".txt";
        try (InputStream in = SampleRules.class.getResourceAsStream("/" + document + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no test document " + document);
            }
            return Reports.text().read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Compares table 3's total with a figure 1.00 below it, so it always reports a contradiction. */
    @RuleDoc(id = "TEST-001", title = "表3合计等于测试值", category = Category.CROSS_TABLE,
            severity = Severity.ERROR, rationale = "测试用规则：总是报告表3合计多出1.00万元。",
            basis = "测试依据 <恒等式 3>")
    static final class ExpenditureTotalRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            report.table(TableType.EXPENDITURE_SUMMARY).flatMap(t -> t.row(RowKeys.TOTAL)).ifPresent(row -> {
                BigDecimal actual = row.amount("total");
                sink.add("表3「合计」合计为" + actual.toPlainString() + "万元，比测试值多1.00万元")
                        .at(Location.cell(3, "合计", "total")).tables(1)
                        .values(actual.subtract(BigDecimal.ONE), actual)
                        .evidence(3, row, "total");
            });
        }
    }

    /** Warns once when table 11 is absent. */
    @RuleDoc(id = "TEST-002", title = "应公开机关运行经费表", category = Category.COMPLETENESS,
            severity = Severity.WARNING, rationale = "测试用规则：缺少表11时提醒。", basis = "财预〔2016〕143号")
    static final class MissingOperatingCostsRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            if (report.table(TableType.OPERATING_COSTS).isEmpty()) {
                sink.add("未公开表11 机关运行经费预算表").values("表11", "（无）");
            }
        }
    }

    /** Remarks on the first narrative figure, with its provenance. */
    @RuleDoc(id = "TEST-003", title = "情况说明首个数字", category = Category.NARRATIVE, severity = Severity.INFO,
            rationale = "测试用规则：提示情况说明的第一个数字。", basis = "")
    static final class FirstNarrativeFigureRule implements Rule {
        @Override
        public void check(Report report, FindingSink sink) {
            if (report.narrative().facts().isEmpty()) {
                return;
            }
            NarrativeFact fact = report.narrative().facts().get(0);
            sink.add("情况说明的第一个数字是" + fact.subject() + " " + fact.value().toPlainString() + fact.unit())
                    .at(Location.section(fact.section()))
                    .evidence(fact.subject(), fact.value().toPlainString(), fact.source());
        }
    }

    /** The total row of table 3 of a report. */
    static TableRow expenditureTotal(Report report) {
        DisclosureTable table = report.table(TableType.EXPENDITURE_SUMMARY).orElseThrow();
        return table.row(RowKeys.TOTAL).orElseThrow();
    }
}
