package io.gongkai.ingest.narrative;

import io.gongkai.ingest.layout.ChineseNumerals;
import io.gongkai.model.IngestIssue;
import io.gongkai.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named lists in 机构设置 text: internal offices (内设机构3个，包括A、B、C / 共设7个科室：A、B…；) and
 * subordinate units (下设1个事业单位：X / 下属单位包括：X、Y), also with the list before its count
 * (内设A、B6个部门). Immutable and thread-safe.
 */
final class OrganisationText {

    private static final String WHAT = "(?<what>[^，。；：:、,;]{0,20}?)";
    private static final String LIST = "(?:[，,]?\\s*(?:包括|分别是|分别为|为|有|即|是)\\s*[：:]?|\\s*[：:])(?<list>[^。；;]+)";
    private static final Pattern OFFICES = Pattern.compile("(?<!下)(?:内设机构|内设|共设|设有)" + WHAT + LIST);
    /** A list before its count: 内设办公室、采编部、借阅部6个部门. */
    private static final Pattern OFFICES_COUNTED = Pattern.compile(
            "(?<!下)内设(?:机构)?(?<list>[^，。；;：:]+?、[^，。；;：:]+?)"
                    + "(?<what>(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})个)");
    private static final Pattern SUBORDINATES = Pattern.compile("(?<![无没有])(?:下设|下属|所属)" + WHAT + LIST);
    /** Units before their count: 下设信息中心、服务中心2个事业单位. */
    private static final Pattern SUBORDINATES_COUNTED = Pattern.compile(
            "(?<![无没有])(?:下设|下属)(?:单位)?(?<list>[^，。；;：:]+?、[^，。；;：:]+?)"
                    + "(?<what>(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[个家所])");
    private static final Pattern COUNT = Pattern.compile("([0-9]{1,4}|[一二三四五六七八九十]{1,3})\\s*[个家所]");
    private static final Pattern TRAILING_ETC = Pattern.compile("(?:等等|等)$");

    private OrganisationText() {
    }

    static List<String> internalOffices(String text, SourceRef where, List<IngestIssue> issues) {
        return names(first(text, OFFICES, OFFICES_COUNTED), where, issues, "内设机构", "internal offices");
    }

    static List<String> subordinateUnits(String text, SourceRef where, List<IngestIssue> issues) {
        return names(first(text, SUBORDINATES, SUBORDINATES_COUNTED), where, issues, "下属单位", "subordinate units");
    }

    /** The first of the patterns found in the text, or null. */
    private static Matcher first(String text, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static List<String> names(Matcher m, SourceRef where, List<IngestIssue> issues, String zh, String en) {
        if (m == null) {
            return List.of();
        }
        List<String> names = split(m.group("list"));
        if (names.size() == 1 && names.get(0).equals("无")) {
            return List.of();
        }
        Matcher count = COUNT.matcher(m.group("what"));
        if (count.find()) {
            String printed = count.group(1);
            int stated = Character.isDigit(printed.charAt(0)) ? Integer.parseInt(printed)
                    : ChineseNumerals.parse(printed);
            if (stated > 0 && stated != names.size()) {
                issues.add(new IngestIssue(where, zh + "写明" + stated + "个，但列出" + names.size() + "个 / the text "
                        + "states " + stated + " " + en + " but names " + names.size()));
            }
        }
        return names;
    }

    /** Splits a list on 、 (or on ， when it has no 、), never inside brackets; a ， after 、 items ends it. */
    static List<String> split(String list) {
        boolean enumerated = list.indexOf('、') >= 0;
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            boolean comma = c == '，' || c == ',';
            if (depth == 0 && (c == '、' || comma)) {
                add(out, item);
                if (comma && enumerated) {
                    return out;
                }
                continue;
            }
            item.append(c);
        }
        add(out, item);
        return out;
    }

    private static void add(List<String> out, StringBuilder item) {
        String name = TRAILING_ETC.matcher(item.toString().strip()).replaceFirst("").strip();
        if (!name.isEmpty()) {
            out.add(name);
        }
        item.setLength(0);
    }
}
