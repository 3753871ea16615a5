package dev.docket.knowledge;

/**
 * A file as the last reload stored it: its content hash and its stamp when it was read. A scan trusts the hash
 * without reading the file while the file's stamp is still {@code stamp}.
 */
public record KnownFile(String source, String contentHash, FileStamp stamp) {}
