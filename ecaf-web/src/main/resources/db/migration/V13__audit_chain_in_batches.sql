-- eCAF schema, version 13: the audit chain is linked in batches (issues 14 and 15). A request's transaction only
-- inserts its event, with an id and no place in the chain yet (seq, previous_hash and hash NULL), so appends no longer
-- queue on the audit_head row; a background chainer locks audit_head, gives the waiting events their sequence and keyed
-- hash in id order, and moves the head, a batch at a time (docs/security.md "The audit log").
-- Runs unchanged on H2 and PostgreSQL: the table is rebuilt rather than its primary key dropped (whose name differs).

-- ids in blocks of 50 as JPA allocates them (value - 49 ... value: the first block is 51 ... 100); events written before
-- this version get ids below zero (seq - last - 1), in their order, so that every new id is above them
CREATE SEQUENCE audit_event_id_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE audit_event_v13 (
    id            BIGINT        NOT NULL,
    seq           BIGINT,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    record_type   VARCHAR(40),
    record_id     VARCHAR(60),
    outcome       VARCHAR(20)   NOT NULL,
    detail        VARCHAR(1000),
    previous_hash VARCHAR(64),
    hash          VARCHAR(64),
    CONSTRAINT audit_event_id PRIMARY KEY (id),
    CONSTRAINT audit_event_seq UNIQUE (seq),
    -- an event is either waiting (no place in the chain) or chained (all three)
    CONSTRAINT audit_event_chained CHECK ((seq IS NULL AND previous_hash IS NULL AND hash IS NULL)
        OR (seq IS NOT NULL AND previous_hash IS NOT NULL AND hash IS NOT NULL))
);

INSERT INTO audit_event_v13 (id, seq, occurred_at, actor, action, record_type, record_id, outcome, detail,
                             previous_hash, hash)
SELECT seq - (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_event), seq, occurred_at, actor, action, record_type,
       record_id, outcome, detail, previous_hash, hash
FROM audit_event;

DROP TABLE audit_event;
ALTER TABLE audit_event_v13 RENAME TO audit_event;
CREATE INDEX audit_event_record ON audit_event (record_type, record_id);
CREATE INDEX audit_event_actor ON audit_event (actor);
