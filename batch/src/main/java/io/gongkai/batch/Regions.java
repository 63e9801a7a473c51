package io.gongkai.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region (行政区划) a unit belongs to, read from the front of its name: 长治市屯留区商务发展中心 → 长治市屯留区,
 * 忻州市商务局 → 忻州市, 山西省财政厅 → 山西省. A unit whose name does not begin with a place is
 * {@link #UNKNOWN}. The Spark job partitions its tables by this value.
 */
public final class Regions {

    /** The region of a unit whose name names no place. */
    public static final String UNKNOWN = "unknown";

    /**
     * Province (省, 自治区), then a prefecture or municipality (市, 自治州, 盟, 地区; a bare 州 is part of names
     * like 忻州市), then a county (区, 县, 旗, 市). Place names are short, which keeps 长治市自然资源局潞州区分局
     * at 长治市 rather than reading the bureau's name as a county.
     */
    private static final Pattern PLACE = Pattern.compile(
            "^(\\p{IsHan}{2,7}?(?:省|自治区))?(\\p{IsHan}{1,6}?(?:市|自治州|盟|地区))?"
                    + "(\\p{IsHan}{1,4}?(?:区|县|旗|市))?");

    private Regions() {
    }

    /** The region named at the front of a unit's name, or {@link #UNKNOWN}. */
    public static String of(String unitName) {
        if (unitName == null || unitName.isBlank()) {
            return UNKNOWN;
        }
        Matcher m = PLACE.matcher(unitName.strip());
        if (!m.lookingAt() || m.end() == 0) {
            return UNKNOWN;
        }
        return m.group();
    }
}
