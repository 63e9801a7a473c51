package io.gongkai.ingest.goals;

import io.gongkai.ingest.text.SourceLine;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.PerformanceGoal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the attached 项目支出绩效目标表 (performance-goal tables) of a disclosure into {@link PerformanceGoal}s.
 *
 * <p>The input is the goal part found by the layout stage (every line from the first table heading on). The reader
 * works from the grammar of the table, not from line positions, because the templates differ so much: a spreadsheet
 * export keeps tab-separated cells, a PDF prints one row per line with both halves, or wraps every narrow cell over
 * several lines and spaces its characters out. Tables are cut at their headings and page layers that repeat an
 * earlier table are removed ({@link GoalTableSplitter}); the labelled cells above the indicators are found in the
 * table's compact text ({@link GoalLabelScanner}); the indicators are tokenised against the closed vocabulary of
 * 一级/二级 labels and value shapes and read by a small state machine ({@link IndicatorAssembler}). Fixed-pitch text
 * ({@code pdftotext -layout}) aligns its cells with runs of spaces; such a run is taken as a cell boundary, so the
 * last cell of an indicator row is its value whatever its shape ({@link RunSegmenter}).
 *
 * <p>Messy input never throws: what cannot be read is reported as an {@link IngestIssue} and left null.
 * Stateless and thread-safe.
 */
public final class PerformanceGoalParser {

    /** A parser; it holds no state, so one instance may serve any number of threads. */
    public PerformanceGoalParser() {
    }

    /**
     * Reads every goal table in the lines.
     *
     * @param goalLines the lines of the goal part, in document order
     * @param issues where to record what could not be read
     * @return one goal per table, in document order
     */
    public List<PerformanceGoal> parse(List<SourceLine> goalLines, List<IngestIssue> issues) {
        List<PerformanceGoal> goals = new ArrayList<>();
        for (List<SourceLine> table : GoalTableSplitter.split(goalLines, issues)) {
            try {
                goals.add(GoalTableReader.read(table, issues));
            } catch (RuntimeException bug) {
                issues.add(new IngestIssue(table.get(0).ref(), "绩效目标表无法读取 / cannot read this goal table: "
                        + bug));
            }
        }
        return goals;
    }

    /** Reads the goal tables and returns them with the issues met, for callers without an issue list. */
    public Result parse(List<SourceLine> goalLines) {
        List<IngestIssue> issues = new ArrayList<>();
        List<PerformanceGoal> goals = parse(goalLines, issues);
        return new Result(goals, issues);
    }

    /**
     * Goals and the issues met while reading them.
     *
     * @param goals one goal per table, in document order
     * @param issues what could not be read
     */
    public record Result(List<PerformanceGoal> goals, List<IngestIssue> issues) {

        public Result {
            goals = List.copyOf(goals);
            issues = List.copyOf(issues);
        }
    }
}
