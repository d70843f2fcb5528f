package org.onestop.settlement.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs, once at startup, which database the service uses: its JDBC URL (never a password) and server version. */
@Component
class DatabaseStartupLogger {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLogger.class);
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgres> embedded;
    private final String embeddedDirectory;

    DatabaseStartupLogger(DataSource dataSource, ObjectProvider<EmbeddedPostgres> embedded,
            @Value("${settlement.db.embedded.data-directory:./data/pg}") String embeddedDirectory) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.embeddedDirectory = embeddedDirectory;
    }

    @EventListener(ApplicationStartedEvent.class)
    void logDatabase() {
        String origin = embedded.getIfAvailable() != null
                ? "embedded PostgreSQL, data directory " + Path.of(embeddedDirectory).toAbsolutePath().normalize()
                : "configured by spring.datasource.url";
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            log.info("Database: {} as {} ({} {}; {})", withoutSecrets(metaData.getURL()), metaData.getUserName(),
                    metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(), origin);
        } catch (SQLException e) {
            log.warn("Database: not reachable at startup ({}): {}", origin, e.getMessage());
        }
    }

    static String withoutSecrets(String url) {
        if (url == null) {
            return "(unknown URL)";
        }
        String withoutPassword = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
        return USER_INFO.matcher(withoutPassword).replaceAll("//");
    }
}
