package io.gongkai.rules.mutation;

import java.math.BigDecimal;

/**
 * One single-amount change of a report: a published table cell or a narrative fact, with its printed value and
 * the value the mutant publishes instead. Mutants only describe the change; {@link ReportMutator#apply} makes the
 * changed report.
 */
public sealed interface Mutant permits CellMutant, FactMutant {

    /** Whether the change is in a table or in the narrative. */
    Part part();

    /** The recall category: 表3 for a table cell, the fact kind (AMOUNT, SHARE …) for a narrative fact. */
    String category();

    /** The value as published. */
    BigDecimal original();

    /** The value the mutant publishes. */
    BigDecimal mutated();

    /** Where the changed value is, in Chinese: 表3「216 商业服务业等支出」合计, 情况说明 五(二) SHARE「卫生健康支出」. */
    String where();

    /** A one-line description: where, then the printed change. */
    default String describe() {
        return where() + " " + original().toPlainString() + " → " + mutated().toPlainString();
    }

    /** The two parts of a report that are mutated. */
    enum Part {
        /** Published table cells (第二部分 the tables). */
        TABLE("表格金额"),
        /** Numbers stated in 情况说明. */
        NARRATIVE("说明数字");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        /** The Chinese label. */
        public String label() {
            return label;
        }
    }
}
