package io.gongkai.render.layout;

import io.gongkai.model.Report;
import io.gongkai.model.ReportKind;

/** The fixed wording of a published disclosure: document and part titles, ordinals. Shared by every writer. */
public final class ReportTexts {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ReportTexts() {
    }

    /** 部门预算 or 部门决算. */
    public static String kindName(Report report) {
        return report.kind() == ReportKind.FINAL_ACCOUNTS ? "部门决算" : "部门预算";
    }

    /** The document title: 长治市屯留区商务发展中心2024年部门预算公开. */
    public static String documentTitle(Report report) {
        return unitName(report) + report.year() + "年" + kindName(report) + "公开";
    }

    public static String unitName(Report report) {
        return report.unit() == null || report.unit().name() == null ? "" : report.unit().name();
    }

    public static String overviewPart() {
        return "第一部分 概况";
    }

    public static String tablesPart(Report report) {
        return "第二部分 " + report.year() + "年" + kindName(report) + "报表";
    }

    public static String narrativePart(Report report) {
        return "第三部分 " + report.year() + "年度" + kindName(report) + "情况说明";
    }

    public static String glossaryPart() {
        return "第四部分 名词解释";
    }

    public static String selfEvaluationsPart() {
        return "附件 项目支出绩效自评表";
    }

    /** The title of a self-evaluation table: 2023年度项目支出绩效自评表 (the report's year when it names none). */
    public static String selfEvaluationTitle(Report report, io.gongkai.model.SelfEvaluation evaluation) {
        return (evaluation.year() > 0 ? evaluation.year() : report.year()) + "年度项目支出绩效自评表";
    }

    public static String goalsPart() {
        return "附件 项目支出绩效目标表";
    }

    /** The line above each table: 部门名称：X. */
    public static String unitLine(Report report) {
        return "部门名称：" + unitName(report);
    }

    /** The unit of money of the standard tables. */
    public static String moneyLine() {
        return "单位：万元";
    }

    /** The Chinese ordinal of 1 … 99 (1 → 一, 12 → 十二, 20 → 二十). */
    public static String ordinal(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}
