package dev.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 migrations moved from db/migration to db/h2 unchanged: databases made before the move still open. */
final class MigrationLayoutTest {

    @TempDir
    Path folder;

    @Test
    void should_open_and_migrate_a_database_when_it_was_made_with_the_migrations_in_their_old_folder()
            throws Exception {
        Path old = Files.createDirectories(folder.resolve("db/migration"));
        for (String script : new String[] {"V1__knowledge_embeddings_questions.sql", "V2__figures.sql"}) {
            try (InputStream in = getClass().getResourceAsStream("/db/h2/" + script)) {
                Files.copy(in, old.resolve(script));
            }
        }
        Path data = folder.resolve("data");
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("docket");
        Flyway.configure().dataSource(url, "docket", "").locations("filesystem:" + old).load().migrate();

        try (Database database = Database.open(data)) {
            assertEquals(0, new KnowledgeStore(database, Clock.systemUTC()).version());
        }
    }
}
