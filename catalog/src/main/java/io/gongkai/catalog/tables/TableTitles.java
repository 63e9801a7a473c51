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
import java.util.List;
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
    private static final Pattern YEAR = Pattern.compile("20[0-9]{2}年度?");
    private static final int MAX_TITLE_PREFIX = 30;
    /** The longest text {@link #TRAILING_LABEL} matches: (预算公开表12-12表). */
    private static final int MAX_TRAILING_LABEL = 13;

    private static final TableTitles BUDGET = load("budget-tables.tsv");
    private static final TableTitles FINAL_ACCOUNTS = load("final-accounts-tables.tsv");

    private final List<Alias> aliases;

    private TableTitles(List<Alias> aliases) {
        this.aliases = List.copyOf(aliases);
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
        if (line.indexOf('表') < 0 || line.length() > 120) {
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

    /** The title as printed, without a leading table label (表一, 附表1-1) and surrounding whitespace. */
    public static String printedTitle(String line) {
        String s = line.strip().replaceAll("^[\\s\\u3000]+", "");
        String withoutLabel = LEADING_LABEL.matcher(s.replaceAll("\\s+", "")).replaceFirst("");
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
            s = YEAR.matcher(s).replaceAll("");
        }
        s = s.replace("(不含上年结转)", "").replace("(含上年结转)", "");
        return s;
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

    private static TableTitles load(String resource) {
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
        return new TableTitles(aliases);
    }

    private record Alias(String title, TableType type) {
    }
}
