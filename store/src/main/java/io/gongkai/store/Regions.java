package io.gongkai.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the administrative region (行政区划) and its level from a unit's name when the uploader does not say:
 * {@code 长治市商务局} is in 长治市 (a city), {@code 长治市屯留区人民政府办公室} in 长治市屯留区 (a county-level district).
 */
public final class Regions {

    /** The administrative level of a region. */
    public enum Level {
        PROVINCE("省级"), CITY("市级"), COUNTY("县级"), UNKNOWN("未知");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A region and its level. */
    public record Region(String name, Level level) {
    }

    /** Up to three nested place names, each ending in a place-type character. */
    private static final Pattern PLACE = Pattern.compile(
            "^((?:[\\p{IsHan}]{1,7}?(?:自治区|省|自治州|市|盟|地区|区|县|旗)){1,3})");
    private static final Pattern ONE_PLACE = Pattern.compile(
            "[\\p{IsHan}]{1,7}?(?:自治区|省|自治州|市|盟|地区|区|县|旗)");

    private Regions() {
    }

    /** The region a unit's name starts with, or 未知地区 when it names none. */
    public static Region guess(String unitName) {
        if (unitName == null || unitName.isBlank()) {
            return new Region("未知地区", Level.UNKNOWN);
        }
        Matcher matcher = PLACE.matcher(unitName.strip());
        if (!matcher.find()) {
            return new Region("未知地区", Level.UNKNOWN);
        }
        String region = matcher.group(1);
        Matcher places = ONE_PLACE.matcher(region);
        String last = region;
        while (places.find()) {
            last = places.group();
        }
        return new Region(region, levelOf(last));
    }

    static Level levelOf(String place) {
        if (place.endsWith("省") || place.endsWith("自治区") && place.length() <= 6) {
            return Level.PROVINCE;
        }
        if (place.endsWith("市") || place.endsWith("自治州") || place.endsWith("盟") || place.endsWith("地区")) {
            return Level.CITY;
        }
        return Level.COUNTY;
    }
}
