package io.gongkai.ingest;

import io.gongkai.model.DisclosureTable;
import io.gongkai.model.Overview;
import io.gongkai.model.PerformanceGoal;
import io.gongkai.model.Project;
import io.gongkai.model.ProjectFunding;
import io.gongkai.model.RowKeys;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import io.gongkai.model.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Derives the report-level facts that no single part states alone: projects, unit type. */
final class ReportAssembler {

    /** 政府预算 economic names that only 机关 (行政/参公) units use in table 6. */
    private static final Set<String> ADMINISTRATIVE_NAMES = Set.of("工资奖金津补贴", "社会保障缴费", "住房公积金",
            "其他工资福利支出", "办公经费", "会议费", "培训费", "专用材料购置费", "委托业务费", "公务接待费",
            "因公出国（境）费用", "公务用车运行维护费", "维修（护）费", "其他商品和服务支出");

    /** The unit saying what it is: 属行政单位, 为…行政单位 (not 下设…事业单位, which speaks of another unit). */
    private static final Pattern STATED_ADMINISTRATIVE = Pattern.compile("(属于?|为|是)[^，。；下]{0,20}行政单位");
    private static final Pattern STATED_INSTITUTION = Pattern.compile("(属于?|为|是)[^，。；下]{0,20}事业单位");

    private ReportAssembler() {
    }

    /** The projects of tables 12 and 13, each with the unit it is listed under. */
    static List<Project> projects(List<DisclosureTable> tables) {
        List<Project> projects = new ArrayList<>();
        for (DisclosureTable table : tables) {
            ProjectFunding funding = table.type() == TableType.PROJECTS_CURRENT ? ProjectFunding.CURRENT_YEAR
                    : table.type() == TableType.PROJECTS_CARRYOVER ? ProjectFunding.CARRYOVER : null;
            if (funding == null) {
                continue;
            }
            String unit = null;
            for (TableRow row : table.rows()) {
                if (row.isKey(RowKeys.TOTAL) || row.isKey(RowKeys.UNIT_SUBTOTAL)) {
                    unit = row.name();
                } else if (row.isKey(RowKeys.PROJECT)) {
                    projects.add(new Project(row.name(), unit, funding, row.amounts().get("total"), row.source()));
                }
            }
        }
        return projects;
    }

    /**
     * The unit's type judged from its tables: 机关 economic names in table 6 or 机关运行经费 in table 11 mean a
     * 行政单位; only 事业单位 names and no 机关运行经费 mean a 事业单位. When the tables cannot tell, what the
     * 机构设置 text says the unit is.
     */
    static UnitType unitType(List<DisclosureTable> tables, Overview overview) {
        UnitType byTables = unitType(tables);
        if (byTables != UnitType.UNKNOWN) {
            return byTables;
        }
        String organisation = overview.organisation();
        if (organisation.contains("参照公务员法管理")) {
            return UnitType.CIVIL_SERVICE_MANAGED;
        }
        if (STATED_ADMINISTRATIVE.matcher(organisation).find()) {
            return UnitType.ADMINISTRATIVE;
        }
        if (STATED_INSTITUTION.matcher(organisation).find()) {
            return UnitType.PUBLIC_INSTITUTION;
        }
        return UnitType.UNKNOWN;
    }

    private static UnitType unitType(List<DisclosureTable> tables) {
        Optional<DisclosureTable> economic = find(tables, TableType.GPB_BASIC_BY_ECONOMIC);
        Optional<DisclosureTable> operating = find(tables, TableType.OPERATING_COSTS);
        boolean hasOperatingCosts = operating.isPresent() && operating.get().rows().stream()
                .anyMatch(r -> r.amount("total").signum() != 0);
        boolean administrativeNames = economic.isPresent() && economic.get().rows().stream()
                .anyMatch(r -> r.altName() != null && ADMINISTRATIVE_NAMES.contains(r.altName()));
        if (administrativeNames || hasOperatingCosts) {
            return UnitType.ADMINISTRATIVE;
        }
        boolean institutionNames = economic.isPresent() && economic.get().rows().stream()
                .anyMatch(r -> r.altName() != null);
        return institutionNames ? UnitType.PUBLIC_INSTITUTION : UnitType.UNKNOWN;
    }

    /** The 主管部门代码 stated in the goal tables, if any. */
    static String unitCode(List<PerformanceGoal> goals) {
        return goals.stream().map(PerformanceGoal::departmentCode).filter(c -> c != null && !c.isBlank())
                .findFirst().orElse(null);
    }

    private static Optional<DisclosureTable> find(List<DisclosureTable> tables, TableType type) {
        return tables.stream().filter(t -> t.type() == type).findFirst();
    }
}
