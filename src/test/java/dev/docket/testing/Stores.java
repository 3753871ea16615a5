package dev.docket.testing;

import dev.docket.store.Database;
import dev.docket.store.StoreLocation;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The two stores Docket runs on, for tests that must pass on both: {@code @MethodSource("dev.docket.testing.Stores#both")}.
 * The H2 store lives in the given folder; the PostgreSQL store is a fresh database on the shared test server.
 */
public final class Stores {

    private Stores() {}

    /** Opens a fresh, migrated store; the argument is a temporary folder the test owns. */
    public interface Opener extends Function<Path, Database> {}

    public static Stream<Named<Opener>> both() {
        return Stream.of(
                Named.of("h2", folder -> Database.open(folder)),
                Named.of("postgresql", folder -> Database.open(
                        new StoreLocation(PostgresServer.shared().newDatabase(), "docket", ""))));
    }
}
