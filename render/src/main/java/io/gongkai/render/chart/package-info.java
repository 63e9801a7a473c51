/**
 * The charts of a disclosure (收入预算图, 一般公共预算支出结构图, 基本支出与项目支出, “三公”经费分布图) from the
 * report's own figures: as ECharts options for HTML and as images drawn on the server (JFreeChart) for PDF and
 * Word.
 */
package io.gongkai.render.chart;
