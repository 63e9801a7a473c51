package io.gongkai.rules.finalaccounts;

import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import io.gongkai.rules.Category;
import io.gongkai.rules.FindingSink;
import io.gongkai.rules.Location;
import io.gongkai.rules.Rule;
import io.gongkai.rules.RuleDoc;
import io.gongkai.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.gongkai.model.FinalAccountsStatements.ClassStatement;
import io.gongkai.model.NarrativeSection;

/** No section of the 情况说明 is printed twice. */
@RuleDoc(id = "FA-020", title = "情况说明各部分不重复", category = Category.FINAL_ACCOUNTS,
        severity = Severity.WARNING, kinds = ReportKind.FINAL_ACCOUNTS,
        rationale = "同一部分重复印出说明编排有误，往往伴随应有部分的缺失（如重复“二、三”而缺“四、五”）。",
        basis = "财政部部门决算公开说明模板")
public final class RepeatedSectionsRule implements Rule {

    @Override
    public void check(Report report, FindingSink sink) {
        List<String> repeated = report.narrative().finalAccounts().repeatedSections();
        if (!repeated.isEmpty()) {
            sink.add("情况说明第" + String.join("、", repeated) + "部分重复出现")
                    .at(Location.section(repeated.get(0))).values("各出现一次", "重复出现");
        }
    }
}
