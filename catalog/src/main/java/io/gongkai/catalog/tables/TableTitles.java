package io.gongkai.catalog.tables;

import io.gongkai.model.TableType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a standard table by its printed title, whatever the template: 2024年预算收支总表,
 * 表一2024年预算收支总表, 附表1-1 XX局2024年部门收支总体情况表 and 部门收支总体情况表（表一） all name the same
 * table. The titles are reference data in {@code budget-tables.tsv}. Thread-safe and immutable.
 */
public final class TableTitles {

    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(预算公开表|部门公开表|单位公开表|公开表|附表|表|公开)([0-9]{1,2}(-[0-9]{1,2})?|[一二三四五六七八九十]{1,3})表?[:：.、]?");
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "\\(?(预算公开表|部门公开表|附表|表|公开)([0-9]{1,2}(-[0-9]{1,2})?|[一二三四五六七八九十]{1,3})表?\\)?$");
    /** The characters a {@link #LEADING_LABEL} match can start with. */
    private static final String LABEL_FIRST_CHARACTERS = "预部单公附表";
    /**
     * The last characters of a text {@link #TRAILING_LABEL} can match in: a closing parenthesis, 表, a digit or a
     * numeral, or a line terminator that {@code $} may stand before.
     */
    private static final String TRAILING_LABEL_LAST_CHARACTERS = ")表0123456789一二三四五六七八九十\u0085\u2028\u2029";
    private static final int MAX_TITLE_PREFIX = 30;
    /** The longest text {@link #TRAILING_LABEL} matches: (预算公开表12-12表). */
    private static final int MAX_TRAILING_LABEL = 13;

    private static final TableTitles BUDGET = load("budget-tables.tsv", List.of());
    /** Its {@link #signature} prefers characters no budget title holds, so that a budget seldom shows one. */
    private static final TableTitles FINAL_ACCOUNTS = load("final-accounts-tables.tsv", BUDGET.aliases);

    private final List<Alias> aliases;
    /**
     * Characters of which every title holds at least one (not 表, which every title holds, nor a bracket, which
     * a line may print full-width): a text without any of them names no table ({@link #mayRecognise}).
     */
    private final String signature;

    private TableTitles(List<Alias> aliases, List<Alias> otherKind) {
        this.aliases = List.copyOf(aliases);
        this.signature = signature(this.aliases, otherKind);
    }

    /** The titles of budget tables. */
    public static TableTitles budget() {
        return BUDGET;
    }

    /** The titles of final-accounts (决算) tables. */
    public static TableTitles finalAccounts() {
        return FINAL_ACCOUNTS;
    }

    /** The titles for the given kind of report. */
    public static TableTitles of(io.gongkai.model.ReportKind kind) {
        return kind == io.gongkai.model.ReportKind.FINAL_ACCOUNTS ? FINAL_ACCOUNTS : BUDGET;
    }

    /**
     * The table a line is the title of, if it is one. The line may carry a table label, a year and a unit name
     * before the title; it must not be a sentence.
     */
    public Optional<TableType> recognise(String line) {
        if (line.indexOf('表') < 0 || line.length() > 120 || !mayRecognise(line)) {
            return Optional.empty();
        }
        String key = key(line);
        if (key.isEmpty() || key.length() > 60 || key.contains("，") || key.contains("。")) {
            return Optional.empty();
        }
        for (Alias alias : aliases) {
            if (key.equals(alias.title)) {
                return Optional.of(alias.type);
            }
        }
        for (Alias alias : aliases) {
            if (key.endsWith(alias.title) && key.length() - alias.title.length() <= MAX_TITLE_PREFIX
                    && isUnitPrefix(key.substring(0, key.length() - alias.title.length()))) {
                return Optional.of(alias.type);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@link #recognise} could recognise a title in this text or in any part of it: false means it
     * recognises none. A title's comparison key ({@link #key}) keeps a subset of the line's characters (it only
     * removes characters, and makes full-width brackets ASCII), and a recognised key ends with a whole title, so
     * the line holds every character of that title, among them one of the {@link #signature} characters.
     */
    public boolean mayRecognise(String text) {
        for (int i = 0; i < signature.length(); i++) {
            if (text.indexOf(signature.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Few characters of which every title holds one, never 表 or a bracket, chosen greedily: the character in most
     * titles not yet covered, among those no title of the other kind holds while there are such (first in title
     * order on a tie).
     */
    private static String signature(List<Alias> aliases, List<Alias> otherKind) {
        StringBuilder other = new StringBuilder();
        for (Alias alias : otherKind) {
            other.append(alias.title);
        }
        List<String> uncovered = new ArrayList<>();
        for (Alias alias : aliases) {
            uncovered.add(alias.title);
        }
        StringBuilder chosen = new StringBuilder();
        while (!uncovered.isEmpty()) {
            Map<Character, Integer> counts = new LinkedHashMap<>();
            Map<Character, Integer> ownCounts = new LinkedHashMap<>();
            for (String title : uncovered) {
                title.chars().distinct().filter(c -> c != '表' && c != '(' && c != ')').forEach(c -> {
                    counts.merge((char) c, 1, Integer::sum);
                    if (other.indexOf(String.valueOf((char) c)) < 0) {
                        ownCounts.merge((char) c, 1, Integer::sum);
                    }
                });
            }
            Map<Character, Integer> candidates = ownCounts.isEmpty() ? counts : ownCounts;
            if (candidates.isEmpty()) {
                throw new IllegalStateException("a table title of nothing but 表 and brackets: " + uncovered);
            }
            char best = candidates.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            chosen.append(best);
            uncovered.removeIf(title -> title.indexOf(best) >= 0);
        }
        return chosen.toString();
    }

    /** The characters {@link #mayRecognise} looks for (for tests and diagnostics). */
    String signature() {
        return signature;
    }

    /** The title as printed, without a leading table label (表一, 附表1-1) and surrounding whitespace. */
    public static String printedTitle(String line) {
        // strip() removes every leading character of [\s\u3000] (all are Character.isWhitespace)
        String s = line.strip();
        String spaceless = withoutRegexSpaces(s);
        String withoutLabel = !spaceless.isEmpty() && LABEL_FIRST_CHARACTERS.indexOf(spaceless.charAt(0)) >= 0
                ? LEADING_LABEL.matcher(spaceless).replaceFirst("") : spaceless;
        return withoutLabel.isEmpty() ? s : withoutLabel;
    }

    /** The comparison key of a printed title: labels, year, quotes and whitespace removed. */
    public static String key(String line) {
        String s = withoutSpacesAndQuotes(line);
        if (!s.isEmpty() && LABEL_FIRST_CHARACTERS.indexOf(s.charAt(0)) >= 0) {
            s = LEADING_LABEL.matcher(s).replaceFirst("");
        }
        s = withoutTrailingLabel(s);
        if (s.contains("20")) {
            s = withoutYears(s);
        }
        s = s.replace("(不含上年结转)", "").replace("(含上年结转)", "");
        return s;
    }

    /** The text without the characters regex {@code \s} matches (space, tab, line breaks, form feed). */
    private static String withoutRegexSpaces(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A year ({@code 20[0-9]{2}年度?}) removed wherever it stands, as {@code replaceAll("")} with that regex would:
     * scanning left to right, a match at a position is dropped and the scan goes on after it.
     */
    static String withoutYears(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (i + 4 < n && s.charAt(i) == '2' && s.charAt(i + 1) == '0' && isAsciiDigit(s.charAt(i + 2))
                    && isAsciiDigit(s.charAt(i + 3)) && s.charAt(i + 4) == '年') {
                i += 5;
                if (i < n && s.charAt(i) == '度') {
                    i++;
                }
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.length() == n ? s : out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The line without whitespace (regex {@code \s}: space, tab, line breaks, form feed), ideographic spaces and
     * quotes ({@code “”"'‘’「」『』}), with full-width parentheses made ASCII: one scan instead of three regex passes.
     */
    private static String withoutSpacesAndQuotes(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case ' ', '\t', '\n', '\013', '\f', '\r', '\u3000',
                        '“', '”', '"', '\'', '‘', '’', '「', '」', '『', '』' -> {
                }
                case '（' -> out.append('(');
                case '）' -> out.append(')');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #TRAILING_LABEL} removed. A match ends the text and is at most {@value #MAX_TRAILING_LABEL} characters
     * long, so only the text's tail is searched (the same leftmost match, without trying every start position).
     */
    private static String withoutTrailingLabel(String s) {
        if (s.isEmpty() || TRAILING_LABEL_LAST_CHARACTERS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return s;
        }
        Matcher m = TRAILING_LABEL.matcher(s);
        m.region(Math.max(0, s.length() - MAX_TRAILING_LABEL), s.length());
        return m.find() ? s.substring(0, m.start()) + s.substring(m.end()) : s;
    }

    private static boolean isUnitPrefix(String prefix) {
        return !prefix.isEmpty() && prefix.codePoints().noneMatch(Character::isDigit)
                && prefix.matches(".*(局|委|办|厅|院|中心|会|部|处|所|站|队|校|馆|社|室|委员会|政府|机关|单位|部门)$");
    }

    private static TableTitles load(String resource, List<Alias> otherKind) {
        List<Alias> aliases = new ArrayList<>();
        try (InputStream in = TableTitles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                TableType type = TableType.valueOf(fields[0].strip());
                for (String title : fields[1].split("\\|")) {
                    aliases.add(new Alias(key(title), type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Longer titles first, so 项目支出预算表(上年结转) wins over 项目支出预算表.
        aliases.sort(Comparator.comparingInt((Alias a) -> a.title.length()).reversed());
        return new TableTitles(aliases, otherKind);
    }

    private record Alias(String title, TableType type) {
    }
}
