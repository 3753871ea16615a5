-- Documents as last ingested; passages and sentences keep character offsets into documents.text.
CREATE TABLE documents (
    id           INT AUTO_INCREMENT PRIMARY KEY,
    source       VARCHAR(1024) NOT NULL UNIQUE,
    title        VARCHAR(2048) NOT NULL,
    outlet       VARCHAR(512),
    language     VARCHAR(16)   NOT NULL,
    published    VARCHAR(64),
    url          VARCHAR(2048),
    content_hash CHAR(64)      NOT NULL,
    text         CLOB          NOT NULL,
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE passages (
    document_id  INT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal      INT NOT NULL,
    start_offset INT NOT NULL,
    end_offset   INT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE sentences (
    document_id      INT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    passage_ordinal  INT NOT NULL,
    ordinal          INT NOT NULL,
    start_offset     INT NOT NULL,
    end_offset       INT NOT NULL,
    PRIMARY KEY (document_id, passage_ordinal, ordinal)
);

-- Embeddings are keyed by a hash of model name and passage text, so unchanged passages are never re-embedded.
CREATE TABLE embeddings (
    content_hash CHAR(64)     PRIMARY KEY,
    model        VARCHAR(128) NOT NULL,
    vector       VARBINARY    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE questions (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    asked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    channel    VARCHAR(32)   NOT NULL,
    question   VARCHAR(4000) NOT NULL,
    language   VARCHAR(16),
    answered   BOOLEAN       NOT NULL,
    adapter    VARCHAR(64),
    millis     INT           NOT NULL
);
