package org.onestop.settlement.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL every integration test of this JVM runs against, chosen once, in this order:
 * <ol>
 *   <li><b>Testcontainers</b> ({@value #CONTAINER_IMAGE}) when a Docker engine answers and the image can be started;
 *   <li>else the server in environment variable {@code TEST_DATABASE_URL} (a JDBC URL; credentials in
 *       {@code TEST_DATABASE_USER} / {@code TEST_DATABASE_PASSWORD}, default {@code postgres} / empty): a fresh,
 *       uniquely named database is created on it for this JVM and dropped when the JVM exits;
 *   <li>else an <b>embedded PostgreSQL</b> (zonky) in a fresh temporary directory.
 * </ol>
 * Each choice starts from an empty schema; Flyway migrates it when the first Spring context starts.
 */
public final class TestDatabase {

    static final String CONTAINER_IMAGE = "postgres:17-alpine";

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");
    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String description;

    private TestDatabase(String jdbcUrl, String username, String password, String description) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    /** The database of this JVM, started on first use. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            log.info("Tests use {}: {}", instance.description, instance.jdbcUrl);
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Which of the three sources was chosen, for logs and assertion messages. */
    public String description() {
        return description;
    }

    /** A new JDBC connection to the test database, for tests that arrange or inspect rows directly. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    private static TestDatabase start() {
        TestDatabase container = tryContainer();
        if (container != null) {
            return container;
        }
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return freshDatabaseOn(url.trim(), envOr("TEST_DATABASE_USER", "postgres"),
                    envOr("TEST_DATABASE_PASSWORD", ""));
        }
        return embedded();
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper, or by the shutdown hook below
    private static TestDatabase tryContainer() {
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                log.info("No Docker engine available; not using Testcontainers");
                return null;
            }
            PostgreSQLContainer container = new PostgreSQLContainer(CONTAINER_IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-database-container-stop"));
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + CONTAINER_IMAGE);
        } catch (Throwable e) { // e.g. the image cannot be pulled; any failure here means "try the next source"
            log.warn("Could not start PostgreSQL with Testcontainers, falling back: {}", e.toString());
            return null;
        }
    }

    private static TestDatabase freshDatabaseOn(String serverUrl, String user, String password) {
        Matcher matcher = JDBC_URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalStateException(
                    "TEST_DATABASE_URL must look like jdbc:postgresql://host:port/database, was " + serverUrl);
        }
        String name = "settlement_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + ProcessHandle.current().pid() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000)).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + serverUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> drop(serverUrl, user, password, name), "test-database-drop"));
        String query = matcher.group(3) == null ? "" : matcher.group(3);
        return new TestDatabase(matcher.group(1) + "/" + name + query, user, password,
                "database " + name + " created on TEST_DATABASE_URL");
    }

    private static void drop(String serverUrl, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = admin.createStatement()) {
            // FORCE (PostgreSQL 13+) ends the connections the Spring contexts may still hold while the JVM exits.
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); // fresh temp dir, removed at JVM exit
            return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
                    "", "embedded PostgreSQL (zonky)");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
