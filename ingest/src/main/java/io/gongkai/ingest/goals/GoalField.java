package io.gongkai.ingest.goals;

import java.util.regex.Pattern;

/**
 * The labelled cells of a 项目支出绩效目标表 above its indicators, in template order. Patterns run over compact text
 * and accept both bracket and colon widths and the clipped forms narrow cells produce ({@code 市县（区）财政资},
 * {@code 保证项目\n措施}).
 */
enum GoalField {

    PROJECT_NAME(Phase.IDENTITY, Repeat.ONCE, "项", "项目名称[：:]?"),
    DEPARTMENT(Phase.IDENTITY, Repeat.ONCE, "主", "主管部门(?:及|和)?(?:代码|编码)?[：:]?"),
    IMPLEMENTING_UNIT(Phase.IDENTITY, Repeat.ONCE, "实", "实施单位[：:]?"),
    ATTRIBUTE(Phase.IDENTITY, Repeat.ONCE, "项", "项目属性[：:]?"),
    PERIOD(Phase.IDENTITY, Repeat.ONCE, "项", "项目期(?:限)?[：:]?"),
    /** 项目资金（元）: the merged heading cell of the fund rows, printed again at the top of a new page. */
    FUNDS_HEADING(Phase.FUNDS, Repeat.ANYWHERE, "项", "项目资金[（(]元[）)]"),
    PERIOD_TOTAL(Phase.FUNDS, Repeat.ONCE, "实", "实施期资金总额[：:]?"),
    ANNUAL_TOTAL(Phase.FUNDS, Repeat.ONCE, "年", "年度资金总额[：:]?"),
    CENTRAL(Phase.FUNDS, Repeat.PER_HALF, "其中", "(?:其中[：:])?中央财政资金?"),
    PROVINCIAL(Phase.FUNDS, Repeat.PER_HALF, "其省", "(?:其中[：:])?省级财政资金?"),
    LOCAL(Phase.FUNDS, Repeat.PER_HALF, "其市县区", "(?:其中[：:])?(?:市县[（(]区[）)]|市县|县区|区县)财政资金?"),
    SELF_RAISED(Phase.FUNDS, Repeat.PER_HALF, "单", "单位自筹(?:资金)?"),
    OTHER(Phase.FUNDS, Repeat.PER_HALF, "其", "其他资金"),
    OVERVIEW(Phase.TEXTS, Repeat.ONCE, "项", "项目概况[：:]?"),
    BASIS(Phase.TEXTS, Repeat.ONCE, "项立", "(?:项目)?立项依据[：:]?"),
    NECESSITY(Phase.TEXTS, Repeat.ONCE, "项", "项目设立(?:的)?必要性[：:]?"),
    SAFEGUARDS(Phase.TEXTS, Repeat.ONCE, "保", "保证项目(?:实施)?(?:的)?(?:制度)?[、，,]?措施[：:]?"),
    PLAN(Phase.TEXTS, Repeat.ONCE, "项", "项目实施(?:进度)?计划[：:]?"),
    /** 实施期目标: the heading of the period column of 总体目标. */
    PERIOD_GOAL_HEADING(Phase.GOALS, Repeat.BEFORE_TEXT, "实", "实施期(?:总体|绩效)?目标"),
    /** 年度目标: the heading of the annual column of 总体目标. */
    ANNUAL_GOAL_HEADING(Phase.GOALS, Repeat.BEFORE_TEXT, "年", "年度(?:总体|绩效)?目标"),
    OVERALL_GOAL(Phase.GOALS, Repeat.ONCE, "总", "总体目标[：:]?"),
    INDICATORS(Phase.INDICATORS, Repeat.ONCE, "绩一", "绩效指标|一级指标");

    /** The parts of a goal table in template order; a label is only believed in its own part or a later one. */
    enum Phase { IDENTITY, FUNDS, TEXTS, GOALS, INDICATORS }

    /** How often a label may stand in one table. */
    enum Repeat {
        /** Once. */
        ONCE,
        /** Once in each half (实施期, 年度). */
        PER_HALF,
        /** Any number of times. */
        ANYWHERE,
        /** Any number of times, but only next to other labels: in the goal text it is just words. */
        BEFORE_TEXT
    }

    private final Phase phase;
    private final Repeat repeat;
    private final String firstCharacters;
    private final Pattern pattern;

    GoalField(Phase phase, Repeat repeat, String firstCharacters, String regex) {
        this.phase = phase;
        this.repeat = repeat;
        this.firstCharacters = firstCharacters;
        this.pattern = Pattern.compile(regex);
    }

    /** Whether the label can start with this character; a cheap test before the pattern runs. */
    boolean canStartWith(char c) {
        return firstCharacters.indexOf(c) >= 0;
    }

    Phase phase() {
        return phase;
    }

    Repeat repeat() {
        return repeat;
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether a value cell follows the label (the headings have none). */
    boolean hasValue() {
        return this != FUNDS_HEADING && this != PERIOD_GOAL_HEADING && this != ANNUAL_GOAL_HEADING
                && this != INDICATORS;
    }

    /** Whether the label may be glued to the text before it: fund labels follow numbers, which never hold them. */
    boolean mayBeGlued() {
        return phase == Phase.FUNDS;
    }
}
