package dev.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store that already has every migration skips Flyway; anything else still goes through it. */
final class SchemaHistoryTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path folder;

    @Test
    void should_name_the_newest_migration_file_as_the_newest_version() throws IOException {
        int newest;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
            newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max()
                    .orElseThrow();
        }
        assertEquals(newest, SchemaHistory.NEWEST_VERSION);
    }

    @Test
    void should_call_a_store_current_only_after_every_migration_has_run() {
        Path data = folder.resolve("data");
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:file:" + data.toAbsolutePath().resolve("docket"));
        empty.setUser("docket");
        assertFalse(SchemaHistory.isCurrent(empty), "a new database has no history");

        Database.open(data).close();

        assertTrue(SchemaHistory.isCurrent(empty));
    }

    @Test
    void should_leave_a_store_with_a_failed_migration_to_flyway() throws Exception {
        Path data = folder.resolve("data");
        Database.open(data).close();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + data.toAbsolutePath().resolve("docket"));
        source.setUser("docket");
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '5'");
        }

        assertFalse(SchemaHistory.isCurrent(source));
    }
}
