package io.gongkai.ingest.goals;

import io.gongkai.ingest.goals.IndicatorVocabulary.Kind;
import io.gongkai.model.Indicator;
import java.util.ArrayList;
import java.util.List;

/**
 * The state machine that reads indicator tokens into the two halves of an indicator table. The grammar of a row is
 * {@code [一级] [二级] name value [二级] name value}: 一级 and 二级 labels are merged cells that are filled down; the
 * 年度 half repeats the 二级 label. Within a 二级 group the indicators alternate between the 实施期 half and the 年度
 * half, in reading order. A repeated 二级 label before any period indicator means the period row is blank, unless
 * the next two indicators are the same indicator twice: then both labels were merely printed before their row. A
 * 一级 label printed again at the top of a page continues its group. Tables with one value column put every
 * indicator in that half.
 */
final class IndicatorAssembler {

    /**
     * The indicators of both halves.
     *
     * @param period 实施期 indicators in printed order
     * @param annual 年度 indicators in printed order
     * @param withoutLevel2 how many indicators came before any 二级 label
     */
    record Result(List<Indicator> period, List<Indicator> annual, int withoutLevel2) {
    }

    private static final Indicator NO_INDICATOR = new Indicator(null, null, null, null, null);
    private static final double SAME_NAME = 0.6;

    private final List<Indicator> period = new ArrayList<>();
    private final List<Indicator> annual = new ArrayList<>();
    private final Halves halves;
    private String level1;
    private String level2;
    private boolean annualSide;
    private int periodItems;
    /** The first indicator after two 二级 labels in a row, placed in the 年度 half on the guess of a blank row. */
    private Indicator guessedAnnual;
    private int withoutLevel2;

    private IndicatorAssembler(Halves halves) {
        this.halves = halves;
    }

    /**
     * Reads the tokens.
     *
     * @param fieldHalves the halves the rest of the table prints, used when the indicator header does not tell
     */
    static Result assemble(List<IndicatorToken> tokens, Halves fieldHalves) {
        IndicatorAssembler a = new IndicatorAssembler(halves(tokens, fieldHalves));
        for (int i = 0; i < tokens.size(); i++) {
            IndicatorToken t = tokens.get(i);
            if (t instanceof IndicatorToken.Label l) {
                a.label(l.label(), i + 1 < tokens.size() ? tokens.get(i + 1) : null);
            } else if (t instanceof IndicatorToken.Item item) {
                a.item(item);
            } else {
                a.annualSide = false;
                a.guessedAnnual = null;
            }
        }
        return new Result(a.period, a.annual, a.withoutLevel2);
    }

    /** The halves named by the first indicator header: two value columns, or one (年度指标值, 实施期指标值). */
    static Halves halves(List<IndicatorToken> tokens, Halves fieldHalves) {
        int valueColumns = 0;
        Halves named = null;
        for (IndicatorToken t : tokens) {
            if (!(t instanceof IndicatorToken.Label l) || l.label().kind() != Kind.HEADING) {
                if (valueColumns > 0 || t instanceof IndicatorToken.Item
                        || t instanceof IndicatorToken.Label) {
                    break;
                }
                continue;
            }
            String text = l.label().text();
            if (text.endsWith(IndicatorVocabulary.VALUE_HEADING)) {
                valueColumns++;
                named = text.startsWith("年度") ? Halves.ANNUAL : text.startsWith("实施期") ? Halves.PERIOD : named;
            }
        }
        if (valueColumns >= 2) {
            return Halves.BOTH;
        }
        if (valueColumns == 1) {
            if (named != null) {
                return named;
            }
            return fieldHalves == Halves.PERIOD ? Halves.PERIOD : Halves.ANNUAL;
        }
        return fieldHalves;
    }

    /** Whether two indicators read alike: the same indicator in both halves, perhaps clipped in one. */
    private static boolean sameIndicator(Indicator a, Indicator b) {
        if (a.name() == null || b.name() == null) {
            return false;
        }
        return a.name().startsWith(b.name()) || b.name().startsWith(a.name())
                || GoalTextSplitter.similarity(a.name(), b.name()) >= SAME_NAME;
    }

    private void label(IndicatorVocabulary.Label label, IndicatorToken next) {
        Kind kind = label.kind();
        if (kind == Kind.COST) {
            kind = next instanceof IndicatorToken.Label n && n.label().kind() == Kind.LEVEL2
                    && !IndicatorVocabulary.COST_LABEL.equals(n.label().text()) ? Kind.LEVEL1 : Kind.LEVEL2;
        }
        if (kind == Kind.LEVEL1) {
            guessedAnnual = null;
            if (!label.text().equals(level1)) {
                level1 = label.text();
                level2 = null;
                annualSide = false;
                periodItems = 0;
            }
        } else if (kind == Kind.LEVEL2) {
            level2(label.text());
        }
    }

    private void level2(String text) {
        String parent = IndicatorVocabulary.parentOf(text);
        if (parent != null && !parent.equals(level1)) {
            level1 = parent;
            level2 = null;
        }
        guessedAnnual = null;
        if (level2 == null || !IndicatorVocabulary.key(level2).equals(IndicatorVocabulary.key(text))) {
            level2 = text;
            annualSide = false;
            periodItems = 0;
        } else if (halves == Halves.BOTH && !annualSide && periodItems == 0) {
            annualSide = true;
            guessedAnnual = NO_INDICATOR;
        }
    }

    private void item(IndicatorToken.Item item) {
        if (level2 == null) {
            withoutLevel2++;
        }
        Indicator indicator = new Indicator(level1, level2, item.name(), item.value(), item.source());
        if (guessedAnnual != null) {
            if (guessedAnnual == NO_INDICATOR) {
                guessedAnnual = indicator;
            } else {
                Indicator first = guessedAnnual;
                guessedAnnual = null;
                if (sameIndicator(first, indicator)) {
                    annual.remove(annual.size() - 1);
                    period.add(first);
                    periodItems++;
                    annual.add(indicator);
                    annualSide = false;
                    return;
                }
            }
        }
        boolean toAnnual = halves == Halves.BOTH ? annualSide : halves == Halves.ANNUAL;
        (toAnnual ? annual : period).add(indicator);
        if (halves == Halves.BOTH) {
            if (!annualSide) {
                periodItems++;
            }
            annualSide = !annualSide;
        }
    }
}
