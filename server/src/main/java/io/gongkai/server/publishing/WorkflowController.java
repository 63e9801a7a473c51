package io.gongkai.server.publishing;

import io.gongkai.server.web.NotFoundException;
import io.gongkai.store.Publishing;
import io.gongkai.store.ReportStore;
import io.gongkai.store.StoredReport;
import io.gongkai.store.UserAccounts;
import io.gongkai.store.WorkflowException;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow buttons of the report page. A unit's editor submits and justifies; the finance bureau (ADMIN) returns,
 * approves and publishes. A step that is not allowed now comes back to the page as a bilingual message.
 */
@Controller
class WorkflowController {

    private final Publishing publishing;
    private final ReportStore store;
    private final UserAccounts accounts;

    WorkflowController(Publishing publishing, ReportStore store, UserAccounts accounts) {
        this.publishing = publishing;
        this.store = store;
        this.accounts = accounts;
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        requireUnitEditor(id, user);
        return run(id, flash, "已提交审核", () -> publishing.submit(id, user.getName()));
    }

    @PostMapping("/reports/{id}/justify")
    String justify(@PathVariable long id, @RequestParam int finding, @RequestParam String note,
                   Authentication user, RedirectAttributes flash) {
        requireUnitEditor(id, user);
        return run(id, flash, "已保存说明", () -> publishing.justify(id, finding, user.getName(), note));
    }

    @PostMapping("/reports/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam String note, Authentication user,
                    RedirectAttributes flash) {
        requireBureau(user);
        return run(id, flash, "已退回", () -> publishing.giveBack(id, user.getName(), note));
    }

    @PostMapping("/reports/{id}/approve")
    String approve(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        requireBureau(user);
        return run(id, flash, "已批准", () -> publishing.approve(id, user.getName()));
    }

    @PostMapping("/reports/{id}/publish")
    String publish(@PathVariable long id, @RequestParam LocalDate approvedOn, @RequestParam LocalDate publishedOn,
                   @RequestParam(required = false) String reason, Authentication user, RedirectAttributes flash) {
        requireBureau(user);
        return run(id, flash, "已公开", () -> publishing.publish(id, user.getName(), approvedOn, publishedOn,
                reason));
    }

    private String run(long id, RedirectAttributes flash, String done, Runnable step) {
        try {
            step.run();
            flash.addFlashAttribute("notice", done);
        } catch (WorkflowException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/reports/" + id + "#workflow";
    }

    private void requireUnitEditor(long id, Authentication user) {
        if (isAdmin(user)) {
            return;
        }
        StoredReport report = store.find(id).orElseThrow(NotFoundException::report);
        if (!accounts.units(user.getName()).contains(report.unit().id())) {
            throw new AccessDeniedException("not an editor of this unit");
        }
    }

    private static void requireBureau(Authentication user) {
        if (!isAdmin(user)) {
            throw new AccessDeniedException("only the finance bureau");
        }
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }
}
