package dev.docket.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** An H2 trigger that refuses every row: installed by a test to make the database write of a reload fail. */
public final class RefusingTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("disk full (simulated)");
    }
}
