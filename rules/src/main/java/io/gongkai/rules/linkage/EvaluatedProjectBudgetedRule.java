package io.gongkai.rules.linkage;

import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import io.gongkai.rules.performance.GoalProjects;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A self-evaluation with a 年初预算数 above zero names a project of the budget's table 12 or 13. Projects added
 * during the year have no 年初预算数 (blank or 0) and are left alone.
 */
@RuleDoc(id = "LINK-005", title = "有年初预算数的绩效自评项目见于预算表12或表13", category = Category.LINKAGE,
        severity = Severity.WARNING, kinds = {},
        rationale = "自评表填了年初预算数，说明项目在年初预算中安排过，就应当出现在当年公开的项目支出预算表中；"
                + "找不到时，要么项目名称在两份文件中不一致，要么年初预算少公开了项目。",
        basis = "预算表12/表13 项目 ↔ 决算 项目支出绩效自评表 年初预算数")
public final class EvaluatedProjectBudgetedRule implements PairRule {

    @Override
    public void check(ReportPair pair, FindingSink sink) {
        if (!GoalProjects.hasProjectTables(pair.budget())) {
            return;
        }
        Set<String> budgeted = Stream.concat(
                LinkedProjects.byName(pair.budget(), TableType.PROJECTS_CURRENT).keySet().stream(),
                LinkedProjects.byName(pair.budget(), TableType.PROJECTS_CARRYOVER).keySet().stream())
                .collect(Collectors.toSet());
        for (SelfEvaluation evaluation : pair.finalAccounts().selfEvaluations()) {
            BigDecimal initial = evaluation.initialBudget();
            if (initial == null || initial.signum() <= 0 || evaluation.projectName() == null) {
                continue;
            }
            if (budgeted.contains(GoalProjects.normalise(evaluation.projectName()))) {
                continue;
            }
            sink.add("决算绩效自评项目「" + evaluation.projectName() + "」年初预算数" + initial.toPlainString()
                            + "万元，但" + pair.budget().year() + "年部门预算表12、表13中没有同名项目")
                    .at(new Location(12, null, null, "项目支出绩效自评表「" + evaluation.projectName() + "」"))
                    .values("预算表12/13中的同名项目", "无")
                    .evidence("决算 项目支出绩效自评表「" + evaluation.projectName() + "」年初预算数",
                            initial.toPlainString(), evaluation.source());
        }
    }
}
