package io.gongkai.server.report;

import io.gongkai.rules.Finding;

/**
 * A finding as the report page shows it.
 *
 * @param index its position in the report's findings (for links and hover texts)
 * @param finding the finding
 * @param anchor the id of the table cell, row or table it points to on the page, or null
 */
public record FindingView(int index, Finding finding, String anchor) {

    public String severity() {
        return finding.severity().name();
    }

    public String severityLabel() {
        return finding.severity().label();
    }

    public String categoryLabel() {
        return finding.category().label();
    }

    /** One line for a hover text: [错误 XTAB-003] message. */
    public String hoverText() {
        return "[" + severityLabel() + " " + finding.rule() + "] " + finding.message();
    }
}
