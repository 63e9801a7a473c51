/**
 * The classification catalogues of expenditure: the functional classification (支出功能分类科目) by year,
 * the two economic classifications (部门 and 政府 预算支出经济分类科目) and the mapping between them.
 *
 * <p>The data are reference files in this package's resources, not code; see {@code docs/catalog.md}.
 * Front door: {@link io.gongkai.catalog.classification.ClassificationCatalog} and
 * {@link io.gongkai.catalog.classification.EconomicMapping}.
 */
package io.gongkai.catalog.classification;
