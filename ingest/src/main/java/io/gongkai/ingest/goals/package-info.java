/**
 * Stage 3 for 项目支出绩效目标表: splitting tables, removing page layers, fields and indicators.
 */
package io.gongkai.ingest.goals;
