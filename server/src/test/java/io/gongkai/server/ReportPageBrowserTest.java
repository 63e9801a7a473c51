package io.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Debian's Chromium driven by Playwright (which downloads no browser): log in, upload a sample on the upload page,
 * open its report, see its findings, open a marked cell and see the charts drawn; a screenshot is saved under
 * target/.
 */
class ReportPageBrowserTest extends ServerTestBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void uploadASampleAndInspectItsFindingsAndCharts() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium)").exists();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));
            page.navigate(url("/login"));
            page.fill("input[name=username]", ADMIN);
            page.fill("input[name=password]", ADMIN_PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url("/"));
            assertThat(page.locator("tr.report-row").count()).isGreaterThanOrEqualTo(3);

            page.navigate(url("/upload"));
            page.setInputFiles("#files", new FilePayload("001-browser.txt", "text/plain",
                    revised(SEED_001, "浏览器测试上传")));
            Locator result = page.locator("#results tr.upload.ok a");
            result.waitFor();
            assertThat(page.locator("#results tr.upload").textContent()).contains("已保存").contains("错误");
            result.click();
            page.waitForURL("**/reports/*");

            assertThat(page.locator("h1").textContent()).contains("2024年部门预算");
            Locator findings = page.locator("tr.finding");
            assertThat(findings.count()).isPositive();
            assertThat(page.locator("tr.finding[data-rule='COMP-010']").count()).isEqualTo(1);

            Locator marked = page.locator("td.marked[data-findings]").first();
            String ruleOfCell = page.locator("#finding-" + marked.getAttribute("data-findings").split(",")[0])
                    .getAttribute("data-rule");
            assertThat(marked.getAttribute("title")).contains(ruleOfCell);
            marked.scrollIntoViewIfNeeded();
            marked.click();
            Locator popup = page.locator("#finding-popup");
            assertThat(popup.isVisible()).isTrue();
            assertThat(popup.textContent()).contains(ruleOfCell).contains("应为");

            page.waitForSelector("body[data-charts-drawn=true]");
            Object painted = page.evaluate("() => { const c = document.querySelector('#chart-classes canvas');"
                    + " const x = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                    + " for (let i = 0; i < x.length; i += 4) { if (x[i + 3] > 0 && (x[i] < 200 || x[i + 2] < 200))"
                    + " n++; } return n; }");
            assertThat(((Number) painted).intValue()).as("coloured pixels in the 类 chart").isGreaterThan(500);

            page.selectOption("#finding-filters select[data-filter=severity]", "ERROR");
            int visibleErrors = page.locator("tr.finding:visible").count();
            assertThat(visibleErrors).isPositive().isLessThan(findings.count());
            assertThat(page.locator("tr.finding:visible[data-severity=ERROR]").count()).isEqualTo(visibleErrors);

            Path screenshot = Path.of("target", "report-page.png");
            Files.createDirectories(screenshot.getParent());
            page.locator("#finding-popup").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(false));
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
            Path charts = Path.of("target", "report-charts.png");
            page.locator("#charts").screenshot(new Locator.ScreenshotOptions().setPath(charts));
            assertThat(Files.size(charts)).isGreaterThan(10_000);
        }
    }
}
