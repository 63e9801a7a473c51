package io.gongkai.rules.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The narrative's clauses are cut by a scan exactly where the clause-end pattern would cut them. */
class VehicleEvidenceClausesTest {

    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;]");

    @Test
    void cutsLikeThePatternOnHandPickedTexts() {
        assertThat(VehicleEvidence.clauses("本单位无公务用车，本年未安排购置。")).containsExactly("本单位无公务用车",
                "本年未安排购置");
        assertThat(VehicleEvidence.clauses("，开头；;中间,,结尾。。")).containsExactly("", "开头", "", "中间", "",
                "结尾");
        assertThat(VehicleEvidence.clauses("没有标点")).containsExactly("没有标点");
        assertThat(VehicleEvidence.clauses("")).containsExactly("");
        assertThat(VehicleEvidence.clauses("。；，")).isEmpty();
    }

    @Test
    void cutsLikeThePatternOnRandomTexts() {
        char[] alphabet = {'车', '无', '，', ',', '。', '；', ';', 'a', ' ', '、'};
        Random random = new Random(20261122);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertThat(VehicleEvidence.clauses(t)).as(t).containsExactlyElementsOf(Arrays.asList(CLAUSE_END.split(t)));
        }
    }

    @Test
    void noVehiclePrefilterKeepsEveryMatch() {
        assertThat(NoVehicleStatementMatchesAssetsRule.saysNoVehicle("本单位无公务用车")).isTrue();
        assertThat(NoVehicleStatementMatchesAssetsRule.saysNoVehicle("单位没有车辆")).isTrue();
        assertThat(NoVehicleStatementMatchesAssetsRule.saysNoVehicle("本年无车辆购置")).isFalse();
        assertThat(NoVehicleStatementMatchesAssetsRule.saysNoVehicle("本单位无其他支出")).isFalse();
    }
}
