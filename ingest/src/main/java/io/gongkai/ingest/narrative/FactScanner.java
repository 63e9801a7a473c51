package io.gongkai.ingest.narrative;

import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts of one narrative section: every number followed by a unit (万元, 元, %, 个, 辆, 平方米, 台（套）,
 * 家, 人, 名, 次, 项), except thresholds followed by 以上/以下; classifies it (CHANGE and CHANGE_RATE after
 * 增加/减少/增长/下降/降低, signed; else SHARE, AMOUNT, QUANTITY or COUNT by unit) and finds its subject, per
 * docs/json-format.md. Dates need no rule: 年/月/日 are not units. Immutable and thread-safe.
 */
final class FactScanner {

    /** A number with its unit; the look-behinds keep a match from starting inside a number (1,554.77). */
    static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<![0-9.])(?<![0-9],)([-−]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)\\s*"
                    + "(万元|元|%|个|辆|平方米|台（套）|台\\(套\\)|家|人|名|次|项(?!目))");
    /** What makes a number a threshold: 50万元（原值）以上, 100万元及以上. */
    private static final Pattern THRESHOLD_TAIL = Pattern.compile("\\s*(?:[（(][^）)]{0,8}[）)])?\\s*及?以[上下]");
    private static final String[] RISES = {"增加", "增长"};
    private static final String[] FALLS = {"减少", "下降", "降低"};
    private static final String CLAUSE_ENDS = "，。；：、,;:！？!?";
    private static final String SENTENCE_ENDS = "。；;！？!?";

    private final SubjectCleaner cleaner;

    FactScanner(SubjectCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** A fact with the offsets its subject rules need. */
    private record Located(NarrativeFact fact, int offset, int sentenceStart) {
    }

    /** A change word right before a number. */
    private record Change(int start, boolean negative) {
    }

    List<NarrativeFact> scan(SectionDraft section) {
        String text = section.body.text();
        List<Located> found = new ArrayList<>();
        int previousEnd = 0;
        Matcher m = NUMBER_UNIT.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            if (start < previousEnd) {
                continue;
            }
            Matcher tail = THRESHOLD_TAIL.matcher(text).region(m.end(), text.length());
            if (tail.lookingAt()) {
                previousEnd = tail.end();
                continue;
            }
            found.add(locate(section, text, m, Math.max(previousEnd, section.floorAt(start)), found));
            previousEnd = m.end();
        }
        return found.stream().map(Located::fact).toList();
    }

    private Located locate(SectionDraft section, String text, Matcher m, int floor, List<Located> earlier) {
        int start = m.start(1);
        String unit = m.group(3);
        BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
        if (!m.group(1).isEmpty()) {
            value = value.negate();
        }
        Change change = changeBefore(text, start, floor);
        FactKind kind;
        if (change != null) {
            kind = unit.equals("%") ? FactKind.CHANGE_RATE : FactKind.CHANGE;
            value = change.negative() ? value.negate() : value;
        } else {
            kind = kindOf(unit);
        }
        int clauseEnd = change != null ? change.start() : start;
        int clauseStart = clauseStart(text, clauseEnd, floor);
        int sentenceStart = sentenceStart(text, clauseStart, section.floorAt(start));
        String own = cleaner.clean(text.substring(clauseStart, clauseEnd));
        String subject = switch (kind) {
            case SHARE -> lastAmount(earlier, own);
            case CHANGE, CHANGE_RATE -> own.isEmpty()
                    ? changeSubject(kind, text, clauseStart, sentenceStart, earlier) : own;
            default -> own;
        };
        NarrativeFact fact = new NarrativeFact(section.labelAt(start), kind, subject, value, unit,
                section.body.lineAt(start).ref());
        return new Located(fact, start, sentenceStart);
    }

    private static FactKind kindOf(String unit) {
        return switch (unit) {
            case "%" -> FactKind.SHARE;
            case "万元", "元" -> FactKind.AMOUNT;
            case "平方米" -> FactKind.QUANTITY;
            default -> FactKind.COUNT;
        };
    }

    /**
     * The subject of a change whose clause names nothing (比上年增加…): a rate follows the change before it in the
     * sentence, else the first amount of the sentence; a sentence without amounts falls back on the clause before
     * (相应的补贴支出增加，同比增长138.27%), then on the last amount of the section.
     */
    private String changeSubject(FactKind kind, String text, int clauseStart, int sentenceStart,
                                 List<Located> earlier) {
        if (kind == FactKind.CHANGE_RATE) {
            for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).offset() >= sentenceStart; i--) {
                if (earlier.get(i).fact().kind() == FactKind.CHANGE) {
                    return earlier.get(i).fact().subject();
                }
            }
        }
        for (Located l : earlier) {
            if (l.offset() >= sentenceStart && l.fact().kind() == FactKind.AMOUNT) {
                return l.fact().subject();
            }
        }
        if (clauseStart - 1 > sentenceStart) {
            int previousStart = clauseStart(text, clauseStart - 1, sentenceStart);
            String previous = cleaner.withoutTrailingChange(cleaner.clean(text.substring(previousStart,
                    clauseStart - 1)));
            if (!previous.isEmpty() && previous.chars().noneMatch(Character::isDigit)) {
                return previous;
            }
        }
        return lastAmount(earlier, "");
    }

    private static String lastAmount(List<Located> earlier, String fallback) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).fact().kind() == FactKind.AMOUNT) {
                return earlier.get(i).fact().subject();
            }
        }
        return fallback;
    }

    private static Change changeBefore(String text, int start, int floor) {
        int end = start;
        while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > floor && text.charAt(end - 1) == '了') {
            end--;
        }
        for (String word : RISES) {
            if (end - 2 >= floor && text.startsWith(word, end - 2)) {
                return new Change(end - 2, false);
            }
        }
        for (String word : FALLS) {
            if (end - 2 >= floor && text.startsWith(word, end - 2)) {
                return new Change(end - 2, true);
            }
        }
        return null;
    }

    /**
     * Where the clause ending at {@code end} starts: after the last ，。；：、 (a comma between digits is a thousands
     * separator) or after an opening bracket left open, but not before {@code floor}.
     */
    private static int clauseStart(String text, int end, int floor) {
        int depth = 0;
        for (int i = end - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            } else if (CLAUSE_ENDS.indexOf(c) >= 0 && !isThousandsComma(text, i)) {
                return i + 1;
            }
        }
        return floor;
    }

    private static int sentenceStart(String text, int from, int floor) {
        for (int i = from - 1; i >= floor; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return floor;
    }

    private static boolean isThousandsComma(String text, int i) {
        return text.charAt(i) == ',' && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }
}
