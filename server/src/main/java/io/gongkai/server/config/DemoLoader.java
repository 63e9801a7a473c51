package io.gongkai.server.config;

import io.gongkai.ingest.UnreadableInputException;
import io.gongkai.store.ImportRequest;
import io.gongkai.store.ImportResult;
import io.gongkai.store.ReportSearch;
import io.gongkai.store.ReportQuery;
import io.gongkai.store.ReportStore;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the sample disclosures packaged with the server ({@code demo/*.txt}, copies of the seeds the text reader
 * reads) on the first start of an empty database, or at every start with {@code --demo} (a file already stored
 * is left unchanged, so this is safe to repeat).
 */
@Component
@Order(2)
class DemoLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final ReportStore store;
    private final ReportSearch search;
    private final GongkaiProperties properties;

    DemoLoader(ReportStore store, ReportSearch search, GongkaiProperties properties) {
        this.store = store;
        this.search = search;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean empty = search.find(ReportQuery.all()).total() == 0;
        if (!properties.demo() && !empty) {
            return;
        }
        Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.txt");
        for (Resource sample : samples) {
            try (InputStream in = sample.getInputStream()) {
                ImportResult result = store.importFile(ImportRequest.of(sample.getFilename(), in.readAllBytes(),
                        "demo"));
                LOG.info("示例 / sample {}: {} (report {})", sample.getFilename(), result.outcome(),
                        result.report().id());
            } catch (UnreadableInputException e) {
                LOG.warn("示例无法读取 / sample unreadable: {}", e.getMessage());
            }
        }
    }
}
