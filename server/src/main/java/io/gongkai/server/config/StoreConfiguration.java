package io.gongkai.server.config;

import com.zaxxer.hikari.HikariDataSource;
import io.gongkai.rules.RuleRegistry;
import io.gongkai.server.catalog.RuleCatalog;
import io.gongkai.store.Database;
import io.gongkai.store.Publishing;
import io.gongkai.store.RegionAggregates;
import io.gongkai.store.ReportPairs;
import io.gongkai.store.ReportSearch;
import io.gongkai.store.ReportStore;
import io.gongkai.store.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database (H2 in the data directory, or the JDBC URL given) and the store's services on it. */
@Configuration
@EnableConfigurationProperties(GongkaiProperties.class)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(GongkaiProperties properties) {
        if (properties.db() != null && !properties.db().isBlank()) {
            return Database.open(properties.db(), properties.dbUser(), properties.dbPassword());
        }
        Path directory = Path.of(properties.data());
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
        return Database.open(Database.h2Url(directory), null, null);
    }

    @Bean
    ReportStore reportStore(DataSource dataSource) {
        return new ReportStore(dataSource);
    }

    @Bean
    ReportSearch reportSearch(DataSource dataSource) {
        return new ReportSearch(dataSource);
    }

    @Bean
    Publishing publishing(DataSource dataSource, ReportStore store) {
        return new Publishing(dataSource, store, java.time.Clock.systemUTC());
    }

    @Bean
    RegionAggregates regionAggregates(DataSource dataSource) {
        return new RegionAggregates(dataSource);
    }

    @Bean
    UserAccounts userAccounts(DataSource dataSource) {
        return new UserAccounts(dataSource);
    }

    @Bean
    RuleCatalog ruleCatalog() {
        return new RuleCatalog(RuleRegistry.all(), RuleRegistry.pairRules());
    }

    @Bean
    ReportPairs reportPairs(DataSource dataSource, ReportStore store) {
        return new ReportPairs(dataSource, store);
    }
}
