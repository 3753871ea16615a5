package dev.docket.knowledge;

import java.nio.file.Path;

/**
 * Called around the reading of each knowledge file. Docket itself passes {@link #NONE}; tests use it to make a
 * file disappear after the folder was listed, or change while it is read, as a moderator's editor might.
 */
interface ReadHook {

    ReadHook NONE = new ReadHook() {};

    /** After the folder was listed, before {@code file} is opened. */
    default void beforeRead(Path file) {}

    /** After {@code file}'s bytes were read, before Docket checks that it did not change meanwhile. */
    default void afterRead(Path file) {}
}
