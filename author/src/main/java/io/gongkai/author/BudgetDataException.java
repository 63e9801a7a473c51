package io.gongkai.author;

import java.util.List;

/** Budget data that cannot be read or derived, with every problem found (each in Chinese and English). */
public final class BudgetDataException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final transient List<BudgetProblem> problems;

    public BudgetDataException(List<BudgetProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** A single problem of the input as a whole (unreadable file, wrong format). */
    public BudgetDataException(String location, String chinese, String english) {
        this(List.of(new BudgetProblem(location, chinese, english)));
    }

    public List<BudgetProblem> problems() {
        return problems;
    }

    private static String summary(List<BudgetProblem> problems) {
        StringBuilder s = new StringBuilder("预算数据有" + problems.size() + "处错误 / the budget data has "
                + problems.size() + " problem(s)");
        problems.stream().limit(SHOWN).forEach(p -> s.append(System.lineSeparator()).append("  ").append(p.message()));
        if (problems.size() > SHOWN) {
            s.append(System.lineSeparator()).append("  …（另有").append(problems.size() - SHOWN).append("处 / ")
                    .append(problems.size() - SHOWN).append(" more）");
        }
        return s.toString();
    }
}
