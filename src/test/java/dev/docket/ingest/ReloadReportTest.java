package dev.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ReloadReportTest {

    @Test
    void should_say_it_waited_and_found_nothing_left_when_another_process_reloaded_the_same_files_first() {
        ReloadReport report = new ReloadReport(List.of(), List.of(), List.of(), List.of("knowledge/a.md"), List.of(),
                List.of(), 1, 3, 0, 40, 1200);

        assertTrue(report.describe().startsWith("Waited 1200 ms for a reload running in another process, which left"
                + " nothing to do."), report.describe());
    }

    @Test
    void should_say_nothing_about_waiting_when_no_other_reload_ran() {
        ReloadReport report = new ReloadReport(List.of("knowledge/a.md"), List.of(), List.of(), List.of(), List.of(),
                List.of(), 1, 3, 3, 40, 0);

        assertFalse(report.describe().contains("Waited"), report.describe());
    }
}
