-- Figures and dates read from each sentence at ingestion (dev.docket.figures). Offsets point into documents.text;
-- rows go with their document (ON DELETE CASCADE) and are rebuilt in the same transaction as the documents.
CREATE TABLE figures (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id     INT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    passage_ordinal INT NOT NULL,
    sentence_start  INT NOT NULL,
    sentence_end    INT NOT NULL,
    start_offset    INT NOT NULL,
    end_offset      INT NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    figure_value    DOUBLE PRECISION,
    lower_bound     DOUBLE PRECISION,
    upper_bound     DOUBLE PRECISION,
    unit            VARCHAR(32),
    qualifier       VARCHAR(32),
    noun            VARCHAR(512),
    attribution     VARCHAR(512),
    date_value      VARCHAR(32)
);

CREATE INDEX figures_document ON figures (document_id);

-- Which extraction rules (a fingerprint of the language resources) produced a document's figures, so figures
-- are recomputed when the rules change even if the documents did not.
CREATE TABLE figure_extractions (
    document_id INT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    fingerprint CHAR(64) NOT NULL
);
