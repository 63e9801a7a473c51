package io.gongkai.ingest.table;

import io.gongkai.catalog.tables.TableTitles;
import io.gongkai.ingest.layout.TableBlock;
import io.gongkai.ingest.text.SourceLine;
import io.gongkai.ingest.text.Texts;
import io.gongkai.model.Columns;
import io.gongkai.model.DisclosureTable;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.RowKeys;
import io.gongkai.model.Side;
import io.gongkai.model.TableRow;
import io.gongkai.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Final accounts' 公开10 部门决算公开相关信息统计表: labelled lines under three headings (政府采购, 机关运行经费,
 * 国有资产占用), each label followed by its 行次 and, when not blank, its 统计数. A template without 行次 prints the
 * label and the value only; a lone whole number is then the value. Stateless.
 */
final class RelatedInfoTableParser implements TableParser {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]{1,2}、");
    private static final Pattern CATEGORY = Pattern.compile("^\\d{1,2}[.、．]");

    private static final int MAX_LINE_NUMBER = 999;

    private enum Section { NONE, PROCUREMENT, OPERATING, ASSETS }

    @Override
    public DisclosureTable parse(TableBlock block, List<IngestIssue> issues) {
        List<TableRow> rows = new ArrayList<>();
        boolean empty = false;
        boolean numbered = block.lines().stream().anyMatch(l -> l.compact().contains("行次"));
        Section section = Section.NONE;
        for (SourceLine line : block.lines()) {
            String c = line.compact();
            if (TableText.isEmptyNote(c)) {
                empty = true;
                continue;
            }
            if (HEADING.matcher(c).find()) {
                section = c.contains("采购") ? Section.PROCUREMENT : c.contains("运行经费") ? Section.OPERATING
                        : c.contains("资产") ? Section.ASSETS : section;
                continue;
            }
            if (section == Section.NONE || c.startsWith("注") || c.startsWith("项目")) {
                continue;
            }
            StringBuilder label = new StringBuilder();
            List<BigDecimal> numbers = new ArrayList<>();
            for (Token token : LineTokenizer.tokenize(line)) {
                if (token.isNumber() && !label.isEmpty()) {
                    numbers.add(token.value());
                } else if (numbers.isEmpty()) {
                    label.append(Texts.compact(token.text()));
                }
            }
            if (label.isEmpty()) {
                continue;
            }
            Integer lineNumber = null;
            if (numbered && !numbers.isEmpty() && numbers.get(0).scale() == 0
                    && numbers.get(0).compareTo(BigDecimal.valueOf(MAX_LINE_NUMBER)) <= 0
                    && numbers.get(0).signum() >= 0) {
                lineNumber = numbers.remove(0).intValueExact();
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            if (!numbers.isEmpty()) {
                amounts.put(Columns.AMOUNT, numbers.get(0));
            }
            if (numbers.size() > 1) {
                issues.add(new IngestIssue(line.ref(), "相关信息统计表“" + label + "”有多个数字，多余的被忽略 / more than one "
                        + "value for '" + label + "'; the extra was ignored"));
            }
            String name = label.toString();
            String key = key(section, name);
            int level = RowKeys.VEHICLE_CATEGORY.equals(key) ? 2 : 1;
            rows.add(new TableRow(Side.NONE, null, name, null, level, key, amounts, line.ref(), lineNumber));
        }
        return new DisclosureTable(TableType.FA_RELATED_INFO, TableTitles.printedTitle(block.title().text()),
                empty, rows, block.title().ref());
    }

    private static String key(Section section, String name) {
        return switch (section) {
            case PROCUREMENT -> name.contains("合计") ? RowKeys.PROCUREMENT_TOTAL
                    : name.contains("货物") ? RowKeys.PROCUREMENT_GOODS
                    : name.contains("工程") ? RowKeys.PROCUREMENT_WORKS
                    : name.contains("服务") ? RowKeys.PROCUREMENT_SERVICES : null;
            case OPERATING -> name.contains("参照") ? RowKeys.OPERATING_CIVIL_SERVICE_LIKE
                    : name.contains("行政单位") ? RowKeys.OPERATING_ADMINISTRATIVE : null;
            case ASSETS -> name.contains("车辆数") ? RowKeys.VEHICLES_HELD
                    : CATEGORY.matcher(name).find() && name.contains("车") ? RowKeys.VEHICLE_CATEGORY
                    : name.contains("100万元") ? RowKeys.EQUIPMENT_OVER_1M : null;
            case NONE -> null;
        };
    }
}
