package io.gongkai.catalog.performance;

import io.gongkai.model.SelfEvaluation.Analysis;
import java.util.Arrays;
import java.util.List;

/**
 * The labels of the analysis texts a 项目支出绩效自评表 prints under its 总分 (自评结果分析), in the template's order,
 * which is {@link Analysis}'s: a reader finds each text after its label, a writer prints each text after its label.
 */
public final class SelfEvaluationLabels {

    /** 项目实施和预算执行情况及分析 … 下一步改进措施及管理建议, in {@link Analysis} order. */
    public static final List<String> ANALYSIS = List.of("项目实施和预算执行情况及分析", "产出情况及分析",
            "效益情况及分析", "满意度情况及分析", "主要经验做法", "项目管理中存在的主要问题及原因分析",
            "下一步改进措施及管理建议");

    private SelfEvaluationLabels() {
    }

    /** The analysis texts in label order (each null when absent). */
    public static List<String> texts(Analysis analysis) {
        return Arrays.asList(analysis.execution(), analysis.output(), analysis.benefit(), analysis.satisfaction(),
                analysis.experience(), analysis.problems(), analysis.improvements());
    }

    /** The analysis whose texts, in label order, are those given (one per label; null where absent). */
    public static Analysis analysis(String[] texts) {
        if (texts.length != ANALYSIS.size()) {
            throw new IllegalArgumentException("expected " + ANALYSIS.size() + " analysis texts, got " + texts.length);
        }
        return new Analysis(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6]);
    }
}
