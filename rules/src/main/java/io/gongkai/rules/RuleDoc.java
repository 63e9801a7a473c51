package io.gongkai.rules;

import io.gongkai.model.ReportKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The documentation of a rule: its stable id, title, category, default severity, rationale and basis. The
 * catalogue (`gongkai rules`, docs/rules.md) is generated from these annotations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDoc {

    /** Stable id such as {@code XTAB-003}; never reused for another meaning. */
    String id();

    /** One line in Chinese saying what the rule checks. */
    String title();

    Category category();

    /** The severity of what the rule finds, unless a finding says otherwise or the user reconfigures it. */
    Severity severity();

    /** Why the rule exists: what goes wrong when it is broken. */
    String rationale();

    /** The identity (DOMAIN.md) or regulation it rests on. */
    String basis();

    /**
     * The kinds of report the rule applies to; the checker does not run it on others. Budget rules read budget
     * tables and budget wording, so that is the default.
     */
    ReportKind[] kinds() default {ReportKind.BUDGET};
}
