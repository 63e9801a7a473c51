package io.gongkai.ingest.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.IngestIssue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables are cut at their headings; a page layer repeating an earlier table is not a table. */
class GoalTableSplitterTest {

    private static final String HEADING = "某区预算部门（单位）项目支出绩效目标表";

    private static final String[] FIRST = {HEADING, "（2024年度）", "项目名称 商务执法办公经费",
        "主管部门及代码 119-某区商务发展中心 实施单位 某区商务发展中心", "项目属性 一次性项目（1年结束） 项目期 1年",
        "项目资金", "（元）", "实施期资金总额： 150,000 年度资金总额： 150,000",
        "一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值",
        "满意度指标 服务对象满意度指标 服务企业满意度 ≥90% 服务对象满意度指标 服务企业满意度 ≥90%",
        "负责人： 经办人： 联系电话： 填报日期： 20231122152823"};

    private static List<List<String>> split(List<String> texts, List<IngestIssue> issues) {
        List<List<SourceLine>> tables = GoalTableSplitter.split(TestLines.of(texts.toArray(String[]::new)), issues);
        return tables.stream().map(t -> t.stream().map(SourceLine::text).toList()).toList();
    }

    private static List<String> layerOfFirst(int lines) {
        return List.of(FIRST).subList(0, lines);
    }

    @Test
    void dropsARepeatedLayerAndContinuesTheTableInProgress() {
        List<String> doc = new ArrayList<>(List.of(FIRST));
        doc.addAll(List.of(HEADING, "（2024年度）", "项目名称 扶持进出口专项资金", "实施期资金总额： 120,000 年度资金总额： 50,000"));
        doc.addAll(layerOfFirst(9));
        doc.addAll(List.of("省级财政资金 0 省级财政资金 0", "满意度指标 服务对象满意度指标 企业满意度 ≥90%", "负责人："));
        List<IngestIssue> issues = new ArrayList<>();

        List<List<String>> tables = split(doc, issues);

        assertThat(tables).hasSize(2);
        assertThat(tables.get(0)).containsExactly(FIRST);
        assertThat(tables.get(1)).containsExactly(HEADING, "（2024年度）", "项目名称 扶持进出口专项资金",
                "实施期资金总额： 120,000 年度资金总额： 50,000", "省级财政资金 0 省级财政资金 0",
                "满意度指标 服务对象满意度指标 企业满意度 ≥90%", "负责人：");
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).where().line()).isEqualTo(16);
    }

    @Test
    void keepsRealTextMergedOntoTheLayersLastLine() {
        List<String> doc = new ArrayList<>(List.of(FIRST));
        doc.addAll(List.of(HEADING, "（2024年度）", "项目名称 扶持进出口专项资金", "实施期资金总额： 120,000 年度资金总额： 50,000"));
        doc.addAll(layerOfFirst(8));
        doc.add(FIRST[8] + "项目资金");
        doc.addAll(List.of("（元）", "省级财政资金 0 省级财政资金 0"));

        List<List<String>> tables = split(doc, new ArrayList<>());

        assertThat(tables).hasSize(2);
        assertThat(tables.get(1)).endsWith("项目资金", "（元）", "省级财政资金 0 省级财政资金 0");
    }

    @Test
    void aFinishedTableFollowedByATableWithTheSameBeginningStartsANewTable() {
        List<String> doc = new ArrayList<>(List.of(FIRST));
        List<String> second = new ArrayList<>(layerOfFirst(5));
        second.addAll(List.of("项目资金", "（元）", "实施期资金总额： 90,000 年度资金总额： 90,000", "负责人："));
        doc.addAll(second);

        List<List<String>> tables = split(doc, new ArrayList<>());

        assertThat(tables).hasSize(2);
        assertThat(tables.get(1)).containsExactlyElementsOf(second);
    }

    @Test
    void aTableWhoseBeginningDiffersIsNeverALayer() {
        List<String> doc = new ArrayList<>(List.of(FIRST).subList(0, 8));
        doc.addAll(List.of(HEADING, "（2024年度）", "项目名称 工作经费", "主管部门及代码 119-某区商务发展中心",
                "项目属性 一次性项目（1年结束） 项目期 1年"));

        assertThat(split(doc, new ArrayList<>())).hasSize(2);
    }
}
