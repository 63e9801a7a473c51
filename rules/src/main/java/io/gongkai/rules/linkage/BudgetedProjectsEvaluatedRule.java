package io.gongkai.rules.linkage;

import io.gongkai.model.SelfEvaluation;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * Every project of the budget's table 12 (项目支出预算表，本年预算) has a 项目支出绩效自评表 among the final accounts'
 * self-evaluations, when the final accounts publish self-evaluations at all (a document that says it evaluated
 * no project is the completeness rules' concern).
 */
@RuleDoc(id = "LINK-003", title = "预算表12所列项目在决算中均有绩效自评", category = Category.LINKAGE,
        severity = Severity.WARNING, kinds = {},
        rationale = "预算安排的项目在年度结束后应开展绩效自评并随决算公开；决算附了自评表却缺少某个预算项目，"
                + "公众无法得知该项目的资金使用效果，需要补充或说明未自评的原因。",
        basis = "《项目支出绩效评价管理办法》（财预〔2020〕10号）：预算项目全面开展绩效自评；预算表12 ↔ 决算 项目支出绩效自评表")
public final class BudgetedProjectsEvaluatedRule implements PairRule {

    @Override
    public void check(ReportPair pair, FindingSink sink) {
        List<SelfEvaluation> evaluations = pair.finalAccounts().selfEvaluations();
        if (evaluations.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<TableRow>> project
                : LinkedProjects.byName(pair.budget(), TableType.PROJECTS_CURRENT).entrySet()) {
            if (evaluations.stream().anyMatch(e -> LinkedProjects.evaluates(e, project.getKey()))) {
                continue;
            }
            TableRow row = project.getValue().get(0);
            FindingSink.Builder b = sink.add("预算表12项目「" + row.name() + "」（" + LinkedProjects.total(project.getValue())
                    .toPlainString() + "万元）在决算所附" + evaluations.size() + "张绩效自评表中没有对应的自评表")
                    .at(Location.cell(12, row.name(), "total"))
                    .values("项目支出绩效自评表", "无");
            PairEvidence.budget(b, 12, row, "total");
        }
    }
}
