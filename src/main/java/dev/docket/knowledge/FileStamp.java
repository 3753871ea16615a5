package dev.docket.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's size and modification time (milliseconds since the epoch): what a reload compares before it reads and
 * hashes a file again.
 */
public record FileStamp(long size, long modifiedMillis) {

    /** The stamp of {@code file}, or null when its attributes cannot be read (then it is read as usual). */
    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }
}
