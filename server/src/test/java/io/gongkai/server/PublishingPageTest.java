package io.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.store.ImportRequest;
import io.gongkai.store.Publishing;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The publishing workflow through the pages: log-in form, CSRF-protected buttons, ERROR findings justified before
 * approval, publication with dates, the portal and its Atom feed.
 */
class PublishingPageTest extends ServerTestBase {

    @Autowired
    ReportStore store;

    @Autowired
    Publishing publishing;

    @Test
    void anEditorSubmitsAndTheBureauApprovesAndPublishes() throws Exception {
        ensureUsers();
        StoredReport report = store.importFile(new ImportRequest("004-portal.txt", revised(SEED_004, "门户测试"),
                "门户测试区", EDITOR, java.util.Set.of())).report();
        String page = "/reports/" + report.id();

        WebSession editor = new WebSession(url(""));
        assertThat(editor.logIn(EDITOR, "wrong")).isFalse();
        assertThat(editor.logIn(EDITOR, PASSWORD)).isTrue();
        assertThat(editor.get(page).body()).contains("提交审核");
        assertThat(editor.post(page + "/submit", Map.of(), false).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(editor.post(page + "/submit", Map.of(), true).statusCode()).isEqualTo(302);
        assertThat(editor.get(page).body()).contains("待审核");
        assertThat(editor.post(page + "/approve", Map.of(), true).statusCode()).as("editors cannot approve")
                .isEqualTo(403);

        WebSession bureau = new WebSession(url(""));
        assertThat(bureau.logIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        bureau.get(page);
        bureau.post(page + "/approve", Map.of(), true);
        String refused = bureau.get(page).body();
        assertThat(refused).contains("错误级问题未修正或未说明理由").contains("待审核");
        for (Integer ordinal : publishing.unjustifiedErrors(report.id())) {
            bureau.post(page + "/justify", Map.of("finding", ordinal.toString(), "note", "<b>已核实</b>"), true);
        }
        String justified = bureau.get(page).body();
        assertThat(justified).contains("&lt;b&gt;已核实&lt;/b&gt;").doesNotContain("<b>已核实</b>");
        bureau.post(page + "/approve", Map.of(), true);
        assertThat(bureau.get(page).body()).contains("已批准");
        bureau.post(page + "/publish", Map.of("approvedOn", "2024-02-01", "publishedOn", "2024-02-08"), true);
        assertThat(bureau.get(page).body()).contains("已公开").contains("批复日期 2024-02-01");

        String portal = bureau.get("/portal?region=" + java.net.URLEncoder.encode("门户测试区", "UTF-8")
                + "&year=2024&kind=BUDGET").body();
        assertThat(portal).contains("已公开").contains("2024-02-08").contains("逾期公开（批复后超过 <span>20</span> 日）"
                + "<b class=\"sev WARNING\">0</b>");
        HttpResponse<String> feed = bureau.get("/portal/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("/reports/" + report.id()).contains("批复日期 2024-02-01");
    }
}
