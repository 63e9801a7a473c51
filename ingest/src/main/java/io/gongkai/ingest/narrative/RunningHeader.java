package io.gongkai.ingest.narrative;

import java.util.regex.Pattern;

/**
 * What a running header looks like when the page-furniture filter let it through: a short line with a year and
 * no punctuation and no other number, such as 滨江市图书馆2024年单位预算. The shape alone is not proof; callers
 * also require it to repeat, or to stand where no sentence can continue.
 */
final class RunningHeader {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}年");
    private static final Pattern PUNCTUATION = Pattern.compile("[，。；：、,;:！？!?]");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final int MAX_LENGTH = 40;

    private RunningHeader() {
    }

    static boolean looksLike(String compact) {
        return compact.length() <= MAX_LENGTH && YEAR.matcher(compact).find()
                && !PUNCTUATION.matcher(compact).find()
                && !DIGIT.matcher(YEAR.matcher(compact).replaceAll("")).find();
    }
}
