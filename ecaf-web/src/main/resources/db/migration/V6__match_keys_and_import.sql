-- eCAF schema, version 6: blocking keys for the duplicate check and search, and bulk-import batches.

-- one row per blocking key of a child (BlockingKeys in ecaf-domain): a 64-bit hash of the key text and the key's
-- weight; the check and the search look keys up by hash and rank children by the sum of the weights they share
CREATE TABLE child_match_key (
    key_hash BIGINT   NOT NULL,
    child_id BIGINT   NOT NULL,
    weight   SMALLINT NOT NULL,
    PRIMARY KEY (key_hash, child_id)
);
CREATE INDEX child_match_key_child ON child_match_key (child_id);

-- which version of the key scheme every child's keys were made with; start-up keys them all again when the
-- application's scheme is newer (0: children registered before version 6 have no keys yet)
CREATE TABLE match_key_state (
    id          INTEGER NOT NULL PRIMARY KEY,
    key_version INTEGER NOT NULL
);
INSERT INTO match_key_state (id, key_version) VALUES (1, 0);

-- a bulk import of existing records: one row per file (identified by its SHA-256), resumable after a failure
CREATE TABLE import_batch (
    id            BIGINT       NOT NULL PRIMARY KEY,
    sha256        VARCHAR(64)  NOT NULL UNIQUE,
    source_name   VARCHAR(400) NOT NULL,
    started_by    VARCHAR(60)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    rows_total    INTEGER      NOT NULL,
    rows_imported INTEGER      NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    report        ${text}
);

-- the source row each imported child came from: a row is never imported twice into one batch
CREATE TABLE import_row (
    batch_id   BIGINT  NOT NULL REFERENCES import_batch (id),
    source_row INTEGER NOT NULL,
    child_id   BIGINT  NOT NULL,
    PRIMARY KEY (batch_id, source_row)
);
