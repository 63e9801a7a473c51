package io.gongkai.catalog.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.model.UnitType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EconomicMappingTest {
    private final EconomicMapping mapping = EconomicMapping.standard();
    private final ClassificationCatalog department = ClassificationCatalog.economicDepartment();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            30101 | ORGAN              | 50101 | 工资奖金津补贴
            30102 | ORGAN              | 50101 | 工资奖金津补贴
            30103 | ORGAN              | 50101 | 工资奖金津补贴
            30108 | ORGAN              | 50102 | 社会保障缴费
            30110 | ORGAN              | 50102 | 社会保障缴费
            30112 | ORGAN              | 50102 | 社会保障缴费
            30113 | ORGAN              | 50103 | 住房公积金
            30199 | ORGAN              | 50199 | 其他工资福利支出
            30201 | ORGAN              | 50201 | 办公经费
            30239 | ORGAN              | 50201 | 办公经费
            30215 | ORGAN              | 50202 | 会议费
            30216 | ORGAN              | 50203 | 培训费
            30226 | ORGAN              | 50205 | 委托业务费
            30217 | ORGAN              | 50206 | 公务接待费
            30212 | ORGAN              | 50207 | 因公出国（境）费用
            30231 | ORGAN              | 50208 | 公务用车运行维护费
            30213 | ORGAN              | 50209 | 维修（护）费
            31002 | ORGAN              | 50306 | 设备购置
            30101 | PUBLIC_INSTITUTION | 50501 | 工资福利支出
            30107 | PUBLIC_INSTITUTION | 50501 | 工资福利支出
            30113 | PUBLIC_INSTITUTION | 50501 | 工资福利支出
            30201 | PUBLIC_INSTITUTION | 50502 | 商品和服务支出
            30299 | PUBLIC_INSTITUTION | 50502 | 商品和服务支出
            31002 | PUBLIC_INSTITUTION | 50601 | 资本性支出（一）
            30301 | ORGAN              | 50905 | 离退休费
            30302 | PUBLIC_INSTITUTION | 50905 | 离退休费
            30305 | ORGAN              | 50901 | 社会福利和救助
            30308 | PUBLIC_INSTITUTION | 50902 | 助学金
            """)
    void mapsDepartmentSectionsByUnitKind(String from, UnitKind kind, String to, String name) {
        assertThat(mapping.governmentFor(from, kind))
                .hasValueSatisfying(c -> assertThat(c).extracting(Classification::code, Classification::name)
                        .containsExactly(to, name));
    }

    @ParameterizedTest
    @EnumSource(UnitKind.class)
    void everySalaryGoodsAndHouseholdSectionIsMappedForBothKinds(UnitKind kind) {
        assertThat(department.all())
                .filteredOn(c -> c.level() == ClassificationLevel.SECTION)
                .filteredOn(c -> c.code().matches("30[123]\\d\\d"))
                .filteredOn(c -> !(kind == UnitKind.ORGAN && c.code().equals("30107")))
                .allSatisfy(c -> assertThat(mapping.governmentFor(c.code(), kind)).as(c.code()).isPresent());
    }

    @Test
    void organsSpendThroughOrganClassesAndInstitutionsThroughSubsidies() {
        for (Classification from : department.all()) {
            mapping.governmentFor(from.code(), UnitKind.ORGAN).ifPresent(to -> assertThat(to.classCode())
                    .as(from.code()).isIn("501", "502", "503", "504", "509", "511", "599"));
            mapping.governmentFor(from.code(), UnitKind.PUBLIC_INSTITUTION).ifPresent(to -> assertThat(
                    to.classCode()).as(from.code()).isIn("505", "506", "509", "511", "599"));
        }
    }

    @Test
    void householdSubsidiesMapTheSameWayForBothKinds() {
        department.children("303").forEach(from -> assertThat(mapping.governmentFor(from.code(), UnitKind.ORGAN))
                .as(from.code()).isEqualTo(mapping.governmentFor(from.code(), UnitKind.PUBLIC_INSTITUTION)));
    }

    @Test
    void namesMapToTheGovernmentNamesOfBothKinds() {
        assertThat(mapping.governmentNamesFor("基本工资")).containsExactlyInAnyOrder("工资奖金津补贴", "工资福利支出");
        assertThat(mapping.governmentNamesFor("劳务费")).containsExactlyInAnyOrder("委托业务费", "商品和服务支出");
        assertThat(mapping.governmentNamesFor("退休费")).containsExactly("离退休费");
        assertThat(mapping.governmentNamesFor("不存在的科目")).isEmpty();
    }

    @Test
    void kindsForAPrintedPairTellWhichUnitsItFits() {
        assertThat(mapping.kindsFor("基本工资", "工资奖金津补贴")).containsExactly(UnitKind.ORGAN);
        assertThat(mapping.kindsFor("基本工资", "工资福利支出")).containsExactly(UnitKind.PUBLIC_INSTITUTION);
        assertThat(mapping.kindsFor("生活补助", "社会福利和救助"))
                .containsExactlyInAnyOrder(UnitKind.ORGAN, UnitKind.PUBLIC_INSTITUTION);
        assertThat(mapping.isConsistent("基本工资", "办公经费")).isFalse();
        assertThat(mapping.isConsistent("办公费", "工资福利支出")).isFalse();
    }

    @Test
    void reverseLookupListsTheDepartmentSections() {
        assertThat(mapping.departmentFor("50101", UnitKind.ORGAN)).extracting(Classification::code)
                .containsExactly("30101", "30102", "30103");
        assertThat(mapping.departmentFor("50103", UnitKind.PUBLIC_INSTITUTION)).isEmpty();
    }

    @Test
    void unknownCodesAndUnmappedClassesGiveNothing() {
        assertThat(mapping.governmentFor("30198", UnitKind.ORGAN)).isEmpty();
        assertThat(mapping.governmentFor("301", UnitKind.ORGAN)).isEmpty();
        assertThat(mapping.governmentFor(null, UnitKind.ORGAN)).isEmpty();
    }

    @Test
    void unitTypesDecideTheKind() {
        assertThat(UnitKind.of(UnitType.ADMINISTRATIVE)).contains(UnitKind.ORGAN);
        assertThat(UnitKind.of(UnitType.CIVIL_SERVICE_MANAGED)).contains(UnitKind.ORGAN);
        assertThat(UnitKind.of(UnitType.PUBLIC_INSTITUTION)).contains(UnitKind.PUBLIC_INSTITUTION);
        assertThat(UnitKind.of(UnitType.UNKNOWN)).isEqualTo(Optional.empty());
    }
}
