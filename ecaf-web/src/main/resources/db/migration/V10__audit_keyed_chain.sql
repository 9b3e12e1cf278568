-- eCAF schema, version 10: the audit chain is keyed (HMAC-SHA256 under a key kept out of the database).
-- Events already written keep their plain SHA-256 and still verify: keyed_from is the first sequence whose hash is
-- keyed. It is also written, signed, into every checkpoint outside the database, so moving it is detected.
ALTER TABLE audit_head ADD COLUMN keyed_from BIGINT DEFAULT 1 NOT NULL;
UPDATE audit_head SET keyed_from = last_seq + 1;
