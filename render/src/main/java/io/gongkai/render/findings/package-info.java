/**
 * Findings reports: the findings of checked files as text ({@link io.gongkai.render.findings.FindingsTextWriter}),
 * the JSON of the {@code gongkai check} contract ({@link io.gongkai.render.findings.FindingsJsonWriter}), a
 * standalone HTML page ({@link io.gongkai.render.findings.FindingsHtmlWriter}) and SARIF 2.1.0
 * ({@link io.gongkai.render.findings.FindingsSarifWriter}); and the rule catalogue
 * ({@link io.gongkai.render.findings.RuleCatalogWriter}).
 */
package io.gongkai.render.findings;
