package io.gongkai.ingest.narrative;

import io.gongkai.ingest.text.Texts;
import io.gongkai.model.FactKind;
import io.gongkai.model.NarrativeFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts of one narrative section: every number followed by a unit (万元, 元, %, 个, 辆, 平方米, 台（套）,
 * 家, 人次, 批次, 人, 名, 次, 项), except thresholds followed by 以上/以下; classifies it (CHANGE and CHANGE_RATE after
 * 增加/减少/增长/下降/降低, signed; else SHARE, AMOUNT, QUANTITY or COUNT by unit) and finds its subject, per
 * docs/json-format.md. Dates need no rule: 年/月/日 are not units. One pass over the text; backward scans stop at
 * the previous number, so the work is linear in the text. Immutable and thread-safe.
 */
final class FactScanner {

    /** A number with its unit; the look-behinds keep a match from starting inside a number (1,554.77). */
    static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<![0-9.])(?<![0-9],)([-−]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)\\s*"
                    + "(万元|元|%|个|辆|平方米|台（套）|台\\(套\\)|家|人次|批次|人|名|次|项(?!目))");
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

    List<NarrativeFact> scan(SectionDraft section) {
        return new Scan(section).run();
    }

    /** A fact with the offsets its subject rules need. */
    private record Located(NarrativeFact fact, int offset) {
    }

    /** A change word right before a number. */
    private record Change(int start, boolean negative) {
    }

    /** The state of one pass over a section. */
    private final class Scan {
        private final SectionDraft section;
        private final String text;
        private final List<Located> found = new ArrayList<>();
        private int previousEnd;
        /** Where the sentence of the current number starts: after the last sentence end seen so far. */
        private int sentenceStart;
        private int scanned;
        private String lastAmount;

        Scan(SectionDraft section) {
            this.section = section;
            this.text = section.body.text();
        }

        List<NarrativeFact> run() {
            Matcher m = NUMBER_UNIT.matcher(text).useTransparentBounds(true);
            Matcher tail = THRESHOLD_TAIL.matcher(text);
            int from = 0;
            while (findFrom(m, from)) {
                from = m.end();
                int start = m.start(1);
                if (start < previousEnd) {
                    continue;
                }
                tail.region(m.end(), text.length());
                if (tail.lookingAt()) {
                    previousEnd = tail.end();
                    continue;
                }
                advanceSentence(start);
                Located located = locate(m, start);
                found.add(located);
                if (located.fact().kind() == FactKind.AMOUNT) {
                    lastAmount = located.fact().subject();
                }
                previousEnd = m.end();
            }
            return found.stream().map(Located::fact).toList();
        }

        /**
         * {@code m.find()} from {@code from}, trying the pattern only where a match can start: at a digit or a
         * minus sign (every {@link #NUMBER_UNIT} match starts with one), and not right after a digit, a point or a
         * digit and a comma, where the pattern's look-behinds refuse a start. The look-behinds still see the text
         * before (transparent bounds), so the first match found is the one {@code find} would find.
         */
        private boolean findFrom(Matcher m, int from) {
            int n = text.length();
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                if ((c >= '0' && c <= '9' || c == '-' || c == '−') && !followsNumber(i) && mayMatchAt(text, i)) {
                    m.region(i, n);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether {@code (?<![0-9.])(?<![0-9],)} refuses a match starting at {@code i}. */
        private boolean followsNumber(int i) {
            if (i == 0) {
                return false;
            }
            char before = text.charAt(i - 1);
            return before >= '0' && before <= '9' || before == '.'
                    || before == ',' && i >= 2 && text.charAt(i - 2) >= '0' && text.charAt(i - 2) <= '9';
        }

        private void advanceSentence(int start) {
            for (; scanned < start; scanned++) {
                if (SENTENCE_ENDS.indexOf(text.charAt(scanned)) >= 0) {
                    sentenceStart = scanned + 1;
                }
            }
        }

        private Located locate(Matcher m, int start) {
            int boundary = section.floorAt(start);
            int floor = Math.max(previousEnd, boundary);
            String unit = m.group(3);
            BigDecimal value = Texts.parseAmount(m.group(2));
            if (!m.group(1).isEmpty()) {
                value = value.negate();
            }
            Change change = changeBefore(start, floor);
            FactKind kind;
            if (change != null) {
                kind = unit.equals("%") ? FactKind.CHANGE_RATE : FactKind.CHANGE;
                value = change.negative() ? value.negate() : value;
            } else {
                kind = kindOf(unit);
            }
            int clauseEnd = change != null ? change.start() : start;
            int clauseStart = clauseStart(clauseEnd, floor);
            int sentence = Math.max(sentenceStart, boundary);
            String own = cleaner.clean(text.substring(clauseStart, clauseEnd));
            String subject = switch (kind) {
                case SHARE -> lastAmount != null ? lastAmount : own;
                case CHANGE, CHANGE_RATE -> own.isEmpty() ? changeSubject(kind, clauseStart, sentence) : own;
                default -> own;
            };
            NarrativeFact fact = new NarrativeFact(section.labelAt(start), kind, subject, value, unit,
                    section.body.lineAt(start).ref());
            return new Located(fact, start);
        }

        /**
         * The subject of a change whose clause names nothing (比上年增加…): a rate follows the change before it in
         * the sentence, else the first amount of the sentence; a sentence without amounts falls back on the clause
         * before (相应的补贴支出增加，同比增长138.27%), then on the last amount of the section.
         */
        private String changeSubject(FactKind kind, int clauseStart, int sentence) {
            String firstAmount = null;
            for (int i = found.size() - 1; i >= 0 && found.get(i).offset() >= sentence; i--) {
                NarrativeFact earlier = found.get(i).fact();
                if (kind == FactKind.CHANGE_RATE && earlier.kind() == FactKind.CHANGE) {
                    return earlier.subject();
                }
                if (earlier.kind() == FactKind.AMOUNT) {
                    firstAmount = earlier.subject();
                }
            }
            if (firstAmount != null) {
                return firstAmount;
            }
            if (clauseStart - 1 > sentence) {
                int previousStart = clauseStart(clauseStart - 1, sentence);
                String previous = cleaner.withoutTrailingChange(cleaner.clean(text.substring(previousStart,
                        clauseStart - 1)));
                if (!previous.isEmpty() && previous.chars().noneMatch(Character::isDigit)) {
                    return previous;
                }
            }
            return lastAmount != null ? lastAmount : "";
        }

        private Change changeBefore(int start, int floor) {
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
         * Where the clause ending at {@code end} starts: after the last ，。；：、 (a comma between digits is a
         * thousands separator) or after an opening bracket left open, but not before {@code floor}.
         */
        private int clauseStart(int end, int floor) {
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
                } else if (CLAUSE_ENDS.indexOf(c) >= 0 && !isThousandsComma(i)) {
                    return i + 1;
                }
            }
            return floor;
        }

        private boolean isThousandsComma(int i) {
            return text.charAt(i) == ',' && i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
        }
    }

    /** The first characters of the units of {@link #NUMBER_UNIT}. */
    private static final String UNIT_STARTS = "万元%个辆平台家人批名次项";

    /**
     * A necessary condition for {@link #NUMBER_UNIT} to match at {@code i}, by one scan without the regex engine:
     * after an optional minus, a digit, then digits, commas and points (the number can only end where they end,
     * since a unit or a space cannot follow inside them), then {@code \s*}, then the first character of a unit.
     * A year (2024年) or a code fails it. FactScannerTest compares it with the pattern at every offset of many
     * texts.
     */
    static boolean mayMatchAt(String text, int i) {
        int n = text.length();
        int j = i;
        char c = text.charAt(j);
        if (c == '-' || c == '−') {
            j++;
        }
        if (j >= n || text.charAt(j) < '0' || text.charAt(j) > '9') {
            return false;
        }
        while (j < n && (text.charAt(j) >= '0' && text.charAt(j) <= '9' || text.charAt(j) == ','
                || text.charAt(j) == '.')) {
            j++;
        }
        while (j < n && isPatternSpace(text.charAt(j))) {
            j++;
        }
        return j < n && UNIT_STARTS.indexOf(text.charAt(j)) >= 0;
    }

    /** The regex class {@code \s} (without UNICODE_CHARACTER_CLASS): space, tab, line breaks, form feed, VT. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static FactKind kindOf(String unit) {
        return switch (unit) {
            case "%" -> FactKind.SHARE;
            case "万元", "元" -> FactKind.AMOUNT;
            case "平方米" -> FactKind.QUANTITY;
            default -> FactKind.COUNT;
        };
    }
}
