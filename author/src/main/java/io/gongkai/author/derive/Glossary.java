package io.gongkai.author.derive;

import io.gongkai.model.GlossaryEntry;
import java.util.List;

/** 第四部分 名词解释: the terms every budget disclosure explains, in Gongkai's own words. */
final class Glossary {

    private Glossary() {
    }

    static List<GlossaryEntry> standard() {
        return List.of(
                new GlossaryEntry("一般公共预算", "以税收为主体的财政收入安排的收支预算，用于保障和改善民生、推动经济社会发展、"
                        + "维护国家安全和维持国家机构正常运转。"),
                new GlossaryEntry("政府性基金预算", "依照法律、行政法规在一定期限内向特定对象征收、收取或以其他方式筹集的资金，"
                        + "专项用于特定公共事业发展的收支预算。"),
                new GlossaryEntry("国有资本经营预算", "对国有资本收益作出支出安排的收支预算。"),
                new GlossaryEntry("财政拨款", "一般公共预算、政府性基金预算和国有资本经营预算安排给部门的资金。"),
                new GlossaryEntry("财政专户管理资金", "纳入财政专户管理、按规定用途安排的教育收费等资金。"),
                new GlossaryEntry("单位资金", "政府预算资金和财政专户管理资金以外的资金，包括事业收入、事业单位经营收入、"
                        + "上级补助收入、附属单位上缴收入和其他收入。"),
                new GlossaryEntry("上年结转", "以前年度预算已安排、结转到本年按原用途继续使用的资金。"),
                new GlossaryEntry("基本支出", "为保障机构正常运转、完成日常工作任务发生的人员经费和公用经费支出。"),
                new GlossaryEntry("项目支出", "在基本支出之外，为完成特定行政任务和事业发展目标发生的支出。"),
                new GlossaryEntry("“三公”经费", "用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"),
                new GlossaryEntry("机关运行经费", "行政单位和参照公务员法管理的事业单位用财政拨款安排的基本支出中的公用经费。"),
                new GlossaryEntry("政府采购", "使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、"
                        + "工程和服务的行为。"));
    }
}
