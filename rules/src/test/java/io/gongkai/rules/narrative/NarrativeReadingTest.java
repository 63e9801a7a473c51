package io.gongkai.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import io.gongkai.model.Report;
import io.gongkai.model.TableType;
import io.gongkai.rules.testing.TestReports;
import org.junit.jupiter.api.Test;

/** How the narrative is read: topics by title words, subjects, row names. */
class NarrativeReadingTest {

    @Test
    void sectionsAreKnownByTheirTitlesInManyTemplates() {
        assertThat(Topic.ofTitle("部门预算收支数据变动情况及原因")).isEqualTo(Topic.OVERVIEW);
        assertThat(Topic.ofTitle("关于2024年部门收支总体情况的说明")).isEqualTo(Topic.OVERVIEW);
        assertThat(Topic.ofTitle("收入预算情况说明")).isEqualTo(Topic.INCOME);
        assertThat(Topic.ofTitle("关于部门支出总体情况的说明")).isEqualTo(Topic.EXPENDITURE);
        assertThat(Topic.ofTitle("财政拨款收支预算总体情况说明")).isEqualTo(Topic.FISCAL);
        assertThat(Topic.ofTitle("一般公共预算当年拨款支出情况")).isEqualTo(Topic.GPB);
        assertThat(Topic.ofTitle("一般公共预算基本支出情况说明")).isEqualTo(Topic.BASIC);
        assertThat(Topic.ofTitle("一般公共预算“三公”经费支出情况说明")).isEqualTo(Topic.THREE_PUBLIC);
        assertThat(Topic.ofTitle("机关运行经费增减变动原因说明")).isEqualTo(Topic.OPERATING);
        assertThat(Topic.ofTitle("政府性基金预算支出情况说明")).isEqualTo(Topic.FUND);
        assertThat(Topic.ofTitle("政府采购预算情况")).isEqualTo(Topic.PROCUREMENT);
        assertThat(Topic.ofTitle("预算绩效管理情况")).isEqualTo(Topic.PERFORMANCE);
        assertThat(Topic.ofTitle("国有资产占有使用情况")).isEqualTo(Topic.ASSETS);
        assertThat(Topic.ofTitle("名词解释")).isNull();
    }

    @Test
    void aFactsTopicFollowsItsSectionsTitleNotItsNumber() {
        Report fixtureA = TestReports.fixtureA();
        NarrativeFact fact = new NarrativeFact("十", FactKind.COUNT, "项目", java.math.BigDecimal.ONE, "个", null);
        assertThat(Topics.of(fixtureA, fact)).isEqualTo(Topic.PERFORMANCE);
        NarrativeFact unnumbered = new NarrativeFact("十五", FactKind.COUNT, "项目", java.math.BigDecimal.ONE, "个",
                null);
        assertThat(Topics.of(fixtureA, unnumbered)).isEqualTo(Topic.OTHER);
    }

    @Test
    void totalsAreToldFromTheirParts() {
        assertThat(Subjects.isTotalOf("预算收入总计", "收入")).isTrue();
        assertThat(Subjects.isTotalOf("本年部门预算支出总计", "支出")).isTrue();
        assertThat(Subjects.isTotalOf("一般公共预算当年拨款支出", "支出")).isTrue();
        assertThat(Subjects.isTotalOf("财政拨款收支总预算", "收支")).isTrue();
        assertThat(Subjects.isTotalOf("一般公共预算服务支出", "支出")).isFalse();
        assertThat(Subjects.isTotalOf("人员支出", "支出")).isFalse();
        assertThat(Subjects.source("一般公共预算拨款收入")).isEqualTo("gpb");
        assertThat(Subjects.source("一般公共服务支出")).isNull();
        assertThat(Subjects.isCurrentYear("本年预算安排")).isTrue();
        assertThat(Subjects.isCurrentYear("一般公共预算安排基本支出")).isFalse();
        assertThat(Subjects.isLastYear("上年预算数")).isTrue();
        assertThat(Subjects.isLastYear("比预算")).isTrue();
        assertThat(Subjects.isLastYear("上年结转")).isFalse();
        assertThat(Subjects.isLastYear("上年财政拨款结转")).isFalse();
    }

    @Test
    void rowsAreFoundByTheirNamesAndMisspeltClassesOnlyWeakly() {
        var t5 = TestReports.seed001().table(TableType.GPB_EXPENDITURE).orElseThrow();
        var rows = Figures.namedRows(t5, io.gongkai.model.Side.NONE);
        assertThat(RowMatcher.strong("卫生健康支出", rows)).extracting(r -> r.code()).containsExactly("210");
        assertThat(RowMatcher.strong("一般公共预算服务支出", rows)).isEmpty();
        assertThat(RowMatcher.weak("一般公共预算服务支出", rows)).extracting(r -> r.code()).containsExactly("201");
        var fixtureB = TestReports.fixtureB().table(TableType.GPB_EXPENDITURE).orElseThrow();
        assertThat(RowMatcher.strong("图书馆支出", Figures.namedRows(fixtureB, io.gongkai.model.Side.NONE)))
                .extracting(r -> r.code()).containsExactly("2070104");
    }
}
