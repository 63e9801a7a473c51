package io.gongkai.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PageFurnitureFilter#matchesRunningHeader} against the pattern it replaces, on running headers as
 * documents print them and 300,000 random strings over Han characters (one outside the BMP), 度, 年, the
 * brackets, digits and other characters, with names of 0 to 33 characters and tails of 0 to 15.
 */
class PageFurnitureFilterTest {

    @Test
    void theScanMatchesWhatThePatternMatches() {
        List<String> texts = new ArrayList<>(List.of("滨江市图书馆2024年单位预算", "长治市屯留区人民代表大会常务委员会2024年部门预算",
                "屯留区商务发展中心（本级）2023年度部门决算", "局2024年", "图书馆2024年", "图书馆2024年度", "图书馆2024年度一二三四五六七八九十一二",
                "图书馆2024年一二三四五六七八九十一二三", "图书馆2024年度一二三四五六七八九十一二三", "2024年部门预算", "图书馆224年",
                "图书馆2024年单位预算1", "𠀀𠀀2024年预算", "图书馆2o24年", ""));
        String[] name = {"图", "书", "馆", "（", "）", "(", ")", "𠀀", "a", "1", "2", "年"};
        String[] tail = {"预", "算", "度", "年", "𠀀", "a", "1", "（"};
        String[] year = {"2024年", "2024年度", "2024年", "2024年", "2124年", "20a4年", "2024", "2024年年"};
        Random random = new Random(20261122);
        for (int k = 0; k < 300_000; k++) {
            StringBuilder text = new StringBuilder();
            int nameLength = random.nextInt(34);
            for (int i = 0; i < nameLength; i++) {
                text.append(random.nextInt(10) == 0 ? name[random.nextInt(name.length)] : name[random.nextInt(3)]);
            }
            text.append(year[random.nextInt(year.length)]);
            int tailLength = random.nextInt(16);
            for (int i = 0; i < tailLength; i++) {
                text.append(random.nextInt(10) == 0 ? tail[random.nextInt(tail.length)] : tail[random.nextInt(3)]);
            }
            texts.add(text.toString());
        }
        int matching = 0;
        for (String text : texts) {
            boolean expected = PageFurnitureFilter.RUNNING_HEADER.matcher(text).matches();
            assertThat(PageFurnitureFilter.matchesRunningHeader(text)).as(text).isEqualTo(expected);
            if (expected) {
                matching++;
            }
        }
        assertThat(matching).isGreaterThan(10_000);
        assertThat(PageFurnitureFilter.matchesRunningHeader("滨江市图书馆2024年单位预算")).isTrue();
    }
}
