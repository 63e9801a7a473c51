/**
 * The disclosure as an Excel workbook (Apache POI): one sheet per standard table with the official headers as
 * merged cells, number formats and frozen panes, and sheets for the cover facts, 概况, 情况说明, 名词解释 and each
 * 绩效目标表. The layout is fixed so that a reader can read it back (see {@link io.gongkai.render.xlsx.ReportXlsxWriter}).
 */
package io.gongkai.render.xlsx;
