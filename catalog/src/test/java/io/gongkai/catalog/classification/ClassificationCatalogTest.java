package io.gongkai.catalog.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationCatalogTest {
    private final ClassificationCatalog functional = ClassificationCatalog.functional(2024);

    @Test
    void functionalCatalogueHasTheThirtyClassesOfTable1() {
        List<String> names = functional.all().stream()
                .filter(c -> c.level() == ClassificationLevel.CLASS).map(Classification::name).toList();

        assertThat(names).containsExactly("一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出",
                "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "社会保险基金支出", "卫生健康支出",
                "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出",
                "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出",
                "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出",
                "转移性支出", "债务还本支出", "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            216     | 商业服务业等支出          | CLASS   |
            21602   | 商业流通事务              | SECTION | 216
            2160299 | 其他商业流通事务支出      | ITEM    | 21602
            2011399 | 其他商贸事务支出          | ITEM    | 20113
            2130599 | 其他巩固脱贫攻坚成果衔接乡村振兴支出 | ITEM | 21305
            2080505 | 机关事业单位基本养老保险缴费支出 | ITEM | 20805
            2010150 | 事业运行                  | ITEM    | 20101
            """)
    void findsEntriesByCode(String code, String name, ClassificationLevel level, String parent) {
        assertThat(functional.byCode(code)).contains(new Classification(code, name, level, parent, 2024));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019998", "20112", "218", "2160298", "999", "30101", "21602x", "2 16"})
    void bogusCodesAreAbsent(String code) {
        assertThat(functional.exists(code)).isFalse();
        assertThat(functional.byCode(code)).isEmpty();
        assertThat(functional.parent(code)).isEmpty();
        assertThat(functional.children(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingCodesAndNamesFindNothing(String blank) {
        assertThat(functional.byCode(blank)).isEmpty();
        assertThat(functional.byName(blank)).isEmpty();
        assertThat(functional.children(blank)).isEmpty();
    }

    @Test
    void namesIgnoreWidthSpacingAndLookAlikes() {
        assertThat(functional.byName("政府办公厅(室)及相关机构事务")).extracting(Classification::code)
                .containsExactly("20103");
        assertThat(functional.byName(" 商 贸 事 务\n")).extracting(Classification::code).containsExactly("20113");
        assertThat(ClassificationCatalog.economicDepartment().byName("公务用⻋运行维护费"))
                .extracting(Classification::code).containsExactly("30231");
        assertThat(ClassificationCatalog.economicDepartment().byName("因公出国(境)费用"))
                .extracting(Classification::code).containsExactly("30212");
    }

    @Test
    void recurringNamesReturnEveryEntry() {
        assertThat(functional.byName("行政运行")).hasSizeGreaterThan(50)
                .allSatisfy(c -> assertThat(c.code()).endsWith("01"));
        assertThat(functional.byName("其他支出")).extracting(Classification::code).contains("229", "22999");
    }

    @Test
    void aliasesWidenNameLookUpsOnly() {
        ClassificationCatalog department = ClassificationCatalog.economicDepartment();

        assertThat(department.byCode("31001")).map(Classification::name).contains("房屋建筑物购建");
        assertThat(department.byName("房屋建筑物构建")).extracting(Classification::code)
                .containsExactly("30901", "31001");
        assertThat(department.hasName("31001", "房屋建筑物构建")).isTrue();
        assertThat(department.hasName("31001", "办公设备购置")).isFalse();
    }

    @Test
    void walksTheHierarchy() {
        assertThat(functional.parent("2011399")).map(Classification::code).contains("20113");
        assertThat(functional.parent("20113")).map(Classification::code).contains("201");
        assertThat(functional.parent("201")).isEmpty();
        assertThat(functional.children("22102")).extracting(Classification::code)
                .containsExactly("2210201", "2210202", "2210203");
        assertThat(functional.children("2210201")).isEmpty();
    }

    @Test
    void economicCataloguesCoverTheirClasses() {
        ClassificationCatalog department = ClassificationCatalog.economicDepartment();
        ClassificationCatalog government = ClassificationCatalog.economicGovernment();

        assertThat(department.children("301")).extracting(Classification::name)
                .contains("基本工资", "津贴补贴", "奖金", "绩效工资", "机关事业单位基本养老保险缴费", "职业年金缴费",
                        "职工基本医疗保险缴费", "其他社会保障缴费", "住房公积金", "其他工资福利支出");
        assertThat(department.all()).filteredOn(c -> c.level() == ClassificationLevel.CLASS)
                .extracting(Classification::code)
                .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
        assertThat(government.children("505")).extracting(Classification::code, Classification::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("50501", "工资福利支出"),
                        org.assertj.core.groups.Tuple.tuple("50502", "商品和服务支出"),
                        org.assertj.core.groups.Tuple.tuple("50599", "其他对事业单位补助"));
        assertThat(government.all()).allSatisfy(c -> assertThat(c.code()).startsWith("5"));
        assertThat(department.all()).allSatisfy(c -> assertThat(c.code()).startsWith("3"));
        assertThat(department.year()).isEqualTo(ClassificationCatalog.ECONOMIC_YEAR);
    }

    @Test
    void cataloguesAreLoadedOnce() {
        assertThat(ClassificationCatalog.functional(2024)).isSameAs(functional);
        assertThat(ClassificationCatalog.economicGovernment()).isSameAs(ClassificationCatalog.economicGovernment());
    }

    @Test
    void anUnsupportedYearIsAClearError() {
        assertThatThrownBy(() -> ClassificationCatalog.functional(1999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1999").hasMessageContaining("functional-1999.tsv");
    }

    @Test
    void recordsRejectInconsistentEntries() {
        assertThatThrownBy(() -> new Classification("20113", "商贸事务", ClassificationLevel.ITEM, "201", 2024))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification("20113", "商贸事务", ClassificationLevel.SECTION, "202", 2024))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification("201", "一般公共服务支出", ClassificationLevel.CLASS, "2", 2024))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelsFollowFromCodeLength() {
        assertThat(ClassificationLevel.ofCode("201")).contains(ClassificationLevel.CLASS);
        assertThat(ClassificationLevel.ofCode("20101")).contains(ClassificationLevel.SECTION);
        assertThat(ClassificationLevel.ofCode("2010101")).contains(ClassificationLevel.ITEM);
        assertThat(ClassificationLevel.ofCode("2010")).isEmpty();
        assertThat(ClassificationLevel.ofCode("2o1")).isEmpty();
    }
}
