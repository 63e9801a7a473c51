/**
 * The rule API: {@link io.gongkai.rules.Rule}s documented by {@link io.gongkai.rules.RuleDoc} emit {@link io.gongkai.rules.Finding}s; {@link io.gongkai.rules.Checker} runs the {@link io.gongkai.rules.RuleRegistry}. Categories live in sub-packages.
 */
package io.gongkai.rules;
