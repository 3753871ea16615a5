-- Portable SQL (H2 and PostgreSQL). One row: the number of the knowledge version the documents tables hold. Every
-- reload that changes the knowledge raises it in the same transaction as the documents, so a process that sees a
-- higher number than it serves rebuilds its index from the store.
CREATE TABLE knowledge_version (
    id         INT PRIMARY KEY,
    version    BIGINT NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE,
    CHECK (id = 1)
);

INSERT INTO knowledge_version (id, version) VALUES (1, 0);
