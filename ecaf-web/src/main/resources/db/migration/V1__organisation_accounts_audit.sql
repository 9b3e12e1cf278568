-- eCAF schema, version 1: agencies, teams, accounts, credentials and the audit log.
-- Runs unchanged on H2 and PostgreSQL; ${text} and ${bytes} are Flyway placeholders for the types that differ.

CREATE SEQUENCE ecaf_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE agency (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    phone       VARCHAR(40),
    email       VARCHAR(200),
    address     VARCHAR(400)
);

CREATE TABLE team (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    agency_id   BIGINT       NOT NULL REFERENCES agency (id)
);

CREATE TABLE practitioner (
    id           BIGINT       NOT NULL PRIMARY KEY,
    username     VARCHAR(60)  NOT NULL UNIQUE,
    display_name VARCHAR(200) NOT NULL,
    job_title    VARCHAR(200),
    email        VARCHAR(200),
    phone        VARCHAR(40),
    team_id      BIGINT REFERENCES team (id),
    agency_id    BIGINT REFERENCES agency (id),
    active       BOOLEAN      NOT NULL
);

CREATE TABLE practitioner_role (
    practitioner_id BIGINT      NOT NULL REFERENCES practitioner (id),
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (practitioner_id, role)
);

-- password hashes live apart from the accounts: the domain never sees them
CREATE TABLE credential (
    username      VARCHAR(60)  NOT NULL PRIMARY KEY REFERENCES practitioner (username),
    password_hash VARCHAR(400) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- append-only, hash-chained audit log; audit_head serialises appends
CREATE TABLE audit_event (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    record_type   VARCHAR(40),
    record_id     VARCHAR(60),
    outcome       VARCHAR(20)   NOT NULL,
    detail        VARCHAR(1000),
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_event_record ON audit_event (record_type, record_id);
CREATE INDEX audit_event_actor ON audit_event (actor);

CREATE TABLE audit_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- demo data is seeded once; this row says it was
CREATE TABLE app_setting (
    name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
