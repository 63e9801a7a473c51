package io.gongkai.ingest.finalaccounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the cells of a self-evaluation indicator row (三级指标, 年初指标值, 调整后指标值, 实际完成值). Narrow cells
 * lose the space between them when a PDF clips a long name: {@code 法律问题解决率＝100%} and
 * {@code ＝98万元/年＝98万元/年} hold two or three cells. A value starts with a comparison sign, so a cell boundary
 * lies before every sign that does not follow another sign.
 */
final class IndicatorCells {

    private static final String SIGNS = "＝=≥≤＜＞<>";

    private IndicatorCells() {
    }

    static List<String> split(String body) {
        List<String> cells = new ArrayList<>();
        for (String piece : body.split("[\\s\\u3000]+")) {
            int start = 0;
            for (int i = 1; i < piece.length(); i++) {
                if (SIGNS.indexOf(piece.charAt(i)) >= 0 && SIGNS.indexOf(piece.charAt(i - 1)) < 0) {
                    cells.add(piece.substring(start, i));
                    start = i;
                }
            }
            if (start < piece.length()) {
                cells.add(piece.substring(start));
            }
        }
        cells.removeIf(String::isEmpty);
        return cells;
    }
}
