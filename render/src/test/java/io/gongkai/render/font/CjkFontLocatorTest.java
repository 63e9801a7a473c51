package io.gongkai.render.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.render.RenderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which fonts qualify, and the message when none does. The machine has fonts-wqy-microhei (.ci/run installs it). */
class CjkFontLocatorTest {

    @TempDir
    Path dir;

    @Test
    void findsWenQuanYiMicroHeiInItsCollection() {
        CjkFont font = new CjkFontLocator(CjkFontLocator.KNOWN_PATHS, false).locate();
        assertThat(font.file()).hasFileName("wqy-microhei.ttc");
        assertThat(font.name()).isEqualTo("WenQuanYiMicroHei");
        assertThat(font.awt(12f).canDisplayUpTo("部门预算公开 1554.77")).isEqualTo(-1);
    }

    @Test
    void noPathsNoFontconfigFailsWithABilingualInstallHint() {
        CjkFontLocator none = new CjkFontLocator(List.of(), false);
        assertThat(none.search()).isEmpty();
        assertThatThrownBy(none::locate).isInstanceOf(RenderException.class)
                .hasMessage(CjkFontLocator.NOT_FOUND)
                .hasMessageContaining("未找到").hasMessageContaining("no embeddable CJK TrueType font")
                .hasMessageContaining("apt-get install fonts-wqy-microhei");
    }

    @Test
    void fontsWithoutChineseOrNotFontsAreSkipped() throws Exception {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Path garbage = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        assertThat(CjkFontLocator.usable(latinOnly)).isEmpty();
        assertThat(CjkFontLocator.usable(garbage)).isEmpty();
        assertThat(CjkFontLocator.usable(dir.resolve("absent.ttc"))).isEmpty();
        CjkFontLocator skipping = new CjkFontLocator(List.of(garbage, latinOnly, CjkFontLocator.KNOWN_PATHS.get(0)),
                false);
        assertThat(skipping.locate().name()).isEqualTo("WenQuanYiMicroHei");
    }
}
