package io.gongkai.render.findings;

import io.gongkai.rules.CheckResult;
import io.gongkai.rules.Finding;
import io.gongkai.rules.linkage.ReportPair;
import java.util.List;
import java.util.Objects;

/**
 * The linkage findings of a budget and final accounts checked together ({@code gongkai check --link}).
 *
 * @param budgetFile the budget's file as the user named it
 * @param finalAccountsFile the final accounts' file as the user named it
 * @param pair the two reports
 * @param findings the findings of the linkage rules
 */
public record LinkedCheck(String budgetFile, String finalAccountsFile, ReportPair pair, List<Finding> findings) {

    public LinkedCheck {
        Objects.requireNonNull(budgetFile, "budgetFile");
        Objects.requireNonNull(finalAccountsFile, "finalAccountsFile");
        Objects.requireNonNull(pair, "pair");
        findings = List.copyOf(findings);
    }

    /** Whether any linkage finding is an ERROR. */
    public boolean hasErrors() {
        return result().hasErrors();
    }

    /**
     * The linkage findings shaped as one more checked "file", for the writers that list files (text, HTML, SARIF):
     * named after both files, with the final accounts as its report.
     */
    public CheckedFile asCheckedFile() {
        return new CheckedFile(label(), result());
    }

    /** 「budget.txt ⇄ final.txt（预决算衔接 linkage）」. */
    public String label() {
        return budgetFile + " ⇄ " + finalAccountsFile + "（预决算衔接 linkage）";
    }

    private CheckResult result() {
        return new CheckResult(pair.finalAccounts(), findings);
    }
}
