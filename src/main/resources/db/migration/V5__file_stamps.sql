-- Size and modification time of each document's file when it was read, so a reload reads and hashes only files
-- whose size or time changed. NULL (rows written before) means "read it again".
ALTER TABLE documents ADD COLUMN file_size BIGINT;
ALTER TABLE documents ADD COLUMN file_modified BIGINT;
