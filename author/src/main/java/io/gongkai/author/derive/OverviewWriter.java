package io.gongkai.author.derive;

import io.gongkai.author.UnitFacts;
import io.gongkai.model.Overview;
import io.gongkai.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/** 第一部分 概况: the duties as given and the organisation text written from the offices and units. */
final class OverviewWriter {

    private OverviewWriter() {
    }

    static Overview of(UnitFacts unit, int year) {
        List<String> sentences = new ArrayList<>();
        if (!unit.internalOffices().isEmpty()) {
            sentences.add("根据部门职责分工，" + unit.name() + "内设机构" + unit.internalOffices().size() + "个："
                    + String.join("、", unit.internalOffices()));
        }
        if (!unit.subordinateUnits().isEmpty()) {
            sentences.add("下属单位" + unit.subordinateUnits().size() + "个：" + String.join("、", unit.subordinateUnits()));
        }
        List<String> budgetUnits = new ArrayList<>();
        budgetUnits.add(unit.name());
        unit.consolidatedUnits().forEach(u -> budgetUnits.add(u.name()));
        sentences.add("纳入" + year + "年部门预算编制范围的预算单位共" + budgetUnits.size() + "个：" + String.join("、", budgetUnits));
        String organisation = String.join("；", sentences) + "。";
        return new Overview(unit.duties(), organisation, unit.internalOffices(), unit.subordinateUnits(),
                SourceRef.NONE);
    }
}
