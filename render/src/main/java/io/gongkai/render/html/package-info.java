/**
 * The HTML of a disclosure in the official 部门预算公开 look (cover and contents, 概况, the tables, 情况说明 with
 * charts, 名词解释, 绩效目标表), with print CSS. Charts are ECharts (echarts.min.js from this jar, inline or at a
 * URL the application serves) or object elements the PDF writer draws as vector graphics.
 */
package io.gongkai.render.html;
