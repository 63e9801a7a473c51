/**
 * Linkage across documents (预决算衔接): rules over a {@link io.gongkai.rules.linkage.ReportPair} of a unit's
 * budget and final accounts of the same year, run by {@link io.gongkai.rules.linkage.PairChecker}; the pairs
 * among the files of one check are found by {@link io.gongkai.rules.linkage.ReportPairing}.
 */
package io.gongkai.rules.linkage;
