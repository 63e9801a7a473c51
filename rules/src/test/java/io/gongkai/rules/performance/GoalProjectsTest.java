package io.gongkai.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.rules.testing.TestReports;
import io.gongkai.rules.tolerance.Agreement;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GoalProjectsTest {

    @Test
    void normalisesQuotesSpacesAndBrackets() {
        assertThat(GoalProjects.normalise("租赁房屋建设“乡村e镇” 公共服务中心"))
                .isEqualTo("租赁房屋建设乡村e镇公共服务中心");
        assertThat(GoalProjects.normalise("招商引资（展会）工作经费")).isEqualTo("招商引资(展会)工作经费");
    }

    @Test
    void nearMissesAreOneCharacterOffOrContained() {
        assertThat(GoalProjects.nearDistance("忻州市食品公司经营", "忻州市食品公司经费")).isEqualTo(1);
        assertThat(GoalProjects.nearDistance("数字消费券发放", "长治市屯留区2023年数字消费券发放")).isPositive();
        assertThat(GoalProjects.nearDistance("工作经费", "人大会议费")).isNegative();
    }

    @Test
    void matchesTheCarryoverTableWhenTheProjectIsOnlyThere() {
        var goal = GoalEdits.withName(TestReports.seed004().performanceGoals().get(0), "智慧人大系统");
        var match = GoalProjects.match(TestReports.seed004(), goal).orElseThrow();
        assertThat(match.kind()).isEqualTo(GoalProjects.MatchKind.EXACT);
        assertThat(match.current()).isEmpty();
        assertThat(match.carryoverTotal()).isEqualByComparingTo("50.00");
    }

    @Test
    void yuanThatRoundToTheTableFigureAgreeExactly() {
        assertThat(GoalProjects.wanAgreesWithYuan(new BigDecimal("23.80"), new BigDecimal("238040.66")))
                .isEqualTo(Agreement.EXACT);
        assertThat(GoalProjects.wanAgreesWithYuan(new BigDecimal("3.00"), new BigDecimal("150000")))
                .isEqualTo(Agreement.CONTRADICTS);
    }
}
