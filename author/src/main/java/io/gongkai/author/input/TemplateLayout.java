package io.gongkai.author.input;

import java.util.List;

/**
 * The layout of the XLSX template: sheet names and the columns of the list sheets, shared by the writer and the
 * reader so that both agree on where everything is.
 */
final class TemplateLayout {

    static final String INSTRUCTIONS = "填写说明";
    static final String UNIT = "单位情况";
    static final String UNITS = "所属单位";
    static final String LINES = "明细";
    static final String PROJECTS = "项目";
    static final String INDICATORS = "绩效指标";
    static final String INCOME = "收入科目";
    static final String OTHER = "其他情况";
    static final String CODES = "代码表";
    static final String LAST_YEAR = "上年支出明细";

    /** 明细: one line item per row from row 2. */
    static final List<String> LINE_COLUMNS = List.of("单位名称（空白为本部门）", "支出性质", "功能分类科目（项）",
            "部门经济分类科目（款）", "政府经济分类科目（款，可空）", "资金来源", "项目名称", "是否上年结转", "金额（元）",
            "功能分类名称（自动）");
    static final int L_UNIT = 0;
    static final int L_NATURE = 1;
    static final int L_FUNCTION = 2;
    static final int L_ECONOMIC = 3;
    static final int L_GOVERNMENT = 4;
    static final int L_SOURCE = 5;
    static final int L_PROJECT = 6;
    static final int L_CARRYOVER = 7;
    static final int L_AMOUNT = 8;
    static final int L_FUNCTION_NAME = 9;

    /** 项目: one project per row. */
    static final List<String> PROJECT_COLUMNS = List.of("项目名称", "实施单位（空白为本部门）", "项目类别", "项目属性",
            "项目期", "实施期资金总额（元，空白同年度）", "中央财政资金（元）", "省级财政资金（元）", "单位自筹（元）", "其他资金（元）",
            "项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划", "实施期目标（空白同年度）", "年度目标",
            "是否公开绩效目标");
    static final int P_NAME = 0;
    static final int P_UNIT = 1;
    static final int P_CATEGORY = 2;
    static final int P_ATTRIBUTE = 3;
    static final int P_PERIOD = 4;
    static final int P_PERIOD_TOTAL = 5;
    static final int P_CENTRAL = 6;
    static final int P_PROVINCIAL = 7;
    static final int P_SELF = 8;
    static final int P_OTHER = 9;
    static final int P_OVERVIEW = 10;
    static final int P_BASIS = 11;
    static final int P_NECESSITY = 12;
    static final int P_SAFEGUARDS = 13;
    static final int P_PLAN = 14;
    static final int P_PERIOD_GOAL = 15;
    static final int P_ANNUAL_GOAL = 16;
    static final int P_PUBLISHED = 17;

    /** 绩效指标: one indicator per row. */
    static final List<String> INDICATOR_COLUMNS = List.of("项目名称", "实施单位（空白为本部门）", "年度或实施期", "一级指标",
            "二级指标", "三级指标", "指标值");

    /** 收入科目: rows of tables 7 and 9. */
    static final List<String> INCOME_COLUMNS = List.of("所属表", "收入科目编码", "收入科目名称", "金额（元）");
    static final String FUND_TABLE = "政府性基金预算收入";
    static final String SOE_TABLE = "国有资本经营预算收入";

    /** 单位情况: label in column A, value in column B. */
    static final String YEAR = "预算年度";
    static final String NAME = "部门名称";
    static final String CODE = "部门代码";
    static final String TYPE = "单位性质";
    static final String DUTY = "职责（每行一条）";
    static final String OFFICES = "内设机构（用顿号分隔）";
    static final String SUBORDINATES = "下属单位（用顿号分隔）";
    static final int DUTY_ROWS = 12;

    /** 其他情况: label in column A, value in column B. */
    static final List<String> OTHER_LABELS = List.of("上年收支总计（元）", "上年一般公共预算当年支出（元）",
            "上年因公出国（境）费（元）", "上年公务接待费（元）", "上年公务用车购置费（元）", "上年公务用车运行维护费（元）",
            "上年机关运行经费（元）", "收支总计变动原因", "一般公共预算支出变动原因", "“三公”经费变动原因", "机关运行经费变动原因",
            "政府采购货物预算（元）", "政府采购工程预算（元）", "政府采购服务预算（元）", "资产统计截止日期", "公务用车编制数（辆）",
            "领导用车（辆）", "机要通信用车（辆）", "应急保障用车（辆）", "执法执勤用车（辆）", "特种专业技术用车（辆）",
            "事业单位业务用车（辆）", "其他公务用车（辆）", "办公用房建筑总面积（平方米）", "单价50万元以上通用设备（台套）",
            "单价100万元以上通用设备（台套）", "政府购买服务说明", "因公出国（境）团组数（个）", "因公出国（境）人次（人次）",
            "公务用车购置数量（辆）", "国内公务接待批次（批次）", "国内公务接待人次（人次）");
    static final int VEHICLE_FIRST = 16;
    static final int VEHICLE_COUNT = 7;
    /** The row of the first 三公 count (因公出国（境）团组数), after 政府购买服务说明. */
    static final int THREE_PUBLIC_COUNTS_FIRST = VEHICLE_FIRST + VEHICLE_COUNT + 4;

    /** 上年支出明细: last year's 一般公共预算当年支出 by 项 and the reasons by 类 or 项, one code per row. */
    static final List<String> LAST_YEAR_COLUMNS = List.of("功能分类科目（项；只填变动原因时也可为类）",
            "上年一般公共预算当年支出（元）", "变动原因（不含数字）");

    private TemplateLayout() {
    }

    /** A1-style name of a cell, 0-based column and row (C12). */
    static String cell(String sheet, int column, int row) {
        return sheet + "!" + column(column) + (row + 1);
    }

    static String column(int column) {
        StringBuilder s = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            s.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return s.toString();
    }
}
