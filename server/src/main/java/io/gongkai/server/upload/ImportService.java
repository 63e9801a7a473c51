package io.gongkai.server.upload;

import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.server.config.GongkaiProperties;
import io.gongkai.store.ImportRequest;
import io.gongkai.store.ImportResult;
import io.gongkai.store.ReportStore;
import io.gongkai.store.UserAccounts;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Imports an uploaded file for the logged-in user, shared by the upload page and the REST API: an editor may only
 * change the units granted to them, and a file that takes longer than the import time limit is refused (its
 * transaction is rolled back, so nothing is saved).
 */
@Service
public class ImportService {

    private final ReportStore store;
    private final UserAccounts accounts;
    private final GongkaiProperties properties;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "gongkai-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(ReportStore store, UserAccounts accounts, GongkaiProperties properties) {
        this.store = store;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** The import request of a file for a user: an editor may only change the units granted to them. */
    public ImportRequest request(String fileName, byte[] content, String region, Authentication user) {
        boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        Set<Long> editable = admin ? null : accounts.units(user.getName());
        return new ImportRequest(fileName, content, region, user.getName(), editable);
    }

    public ImportResult importFile(String fileName, byte[] content, String region, Authentication user)
            throws UnreadableInputException {
        ImportRequest request = request(fileName == null ? "upload.txt" : fileName, content, region, user);
        Future<ImportResult> running = workers.submit(() -> store.importFile(request));
        try {
            return running.get(properties.importTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new UnreadableInputException("处理超时（超过 " + properties.importTimeout().toSeconds()
                    + " 秒），未保存：" + fileName, "processing took longer than "
                    + properties.importTimeout().toSeconds() + " s; nothing was saved: " + fileName);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableInputException unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
