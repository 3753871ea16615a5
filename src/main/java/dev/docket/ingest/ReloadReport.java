package dev.docket.ingest;

import dev.docket.knowledge.SkippedFile;
import java.util.List;

/**
 * What a reload did, for the CLI, Discord and the log.
 *
 * @param kept files that are now unreadable but whose previous version is still served
 * @param embedded passages that had to be embedded (the rest came from the cache)
 * @param waitedMillis time spent waiting for a reload in another process sharing the store (0: none ran)
 */
public record ReloadReport(
        List<String> added,
        List<String> changed,
        List<String> removed,
        List<String> unchanged,
        List<SkippedFile> skipped,
        List<String> kept,
        int documents,
        int passages,
        int embedded,
        long millis,
        long waitedMillis) {

    public ReloadReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        unchanged = List.copyOf(unchanged);
        skipped = List.copyOf(skipped);
        kept = List.copyOf(kept);
    }

    /** A few lines for a person: counts, then each added, changed, removed and skipped file. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (waitedMillis > 0) {
            text.append(String.format("Waited %d ms for a reload running in another process%s.%n", waitedMillis,
                    added.isEmpty() && changed.isEmpty() && removed.isEmpty() ? ", which left nothing to do" : ""));
        }
        text.append(String.format("Reloaded %d documents (%d passages, %d newly embedded) in %d ms:"
                        + " %d added, %d changed, %d removed, %d unchanged, %d skipped.%n",
                documents, passages, embedded, millis, added.size(), changed.size(), removed.size(),
                unchanged.size(), skipped.size()));
        added.forEach(source -> text.append("  added    ").append(source).append('\n'));
        changed.forEach(source -> text.append("  changed  ").append(source).append('\n'));
        removed.forEach(source -> text.append("  removed  ").append(source).append('\n'));
        for (SkippedFile file : skipped) {
            text.append("  skipped  ").append(file.source()).append(": ").append(file.reason());
            text.append(kept.contains(file.source()) ? " (previous version still served)\n" : "\n");
        }
        if (documents == 0) {
            text.append("No knowledge: no file in the knowledge folder could be read, so every question gets the"
                    + " \"no knowledge\" answer. Add .md, .txt, .html or .pdf files and run reload.\n");
        }
        return text.toString();
    }
}
