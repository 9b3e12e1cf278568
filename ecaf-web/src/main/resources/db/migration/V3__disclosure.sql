-- eCAF schema, version 3: sections a consent withholds from agencies, and the disclosure log.

CREATE TABLE consent_withheld_section (
    consent_id  BIGINT      NOT NULL REFERENCES consent (id),
    section_key VARCHAR(60) NOT NULL,
    PRIMARY KEY (consent_id, section_key)
);

-- every copy issued or refused, with the SHA-256 of what was sent; never updated or deleted
CREATE TABLE disclosure (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES caf_case (id),
    copy_kind         VARCHAR(20)   NOT NULL,
    recipient_kind    VARCHAR(20)   NOT NULL,
    recipient_id      BIGINT,
    recipient_name    VARCHAR(200)  NOT NULL,
    assessment_number INTEGER,
    revision_number   INTEGER,
    outcome           VARCHAR(30)   NOT NULL,
    basis_id          BIGINT,
    basis             VARCHAR(400),
    refusal_code      VARCHAR(40),
    refusal_reason    VARCHAR(1000),
    large_print       BOOLEAN       NOT NULL,
    sha256            VARCHAR(64),
    sha256_encrypted  VARCHAR(64),
    pages             INTEGER,
    size_bytes        INTEGER,
    issue_date        DATE          NOT NULL,
    issued_by         VARCHAR(60)   NOT NULL,
    issued_by_name    VARCHAR(200)  NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX disclosure_case ON disclosure (case_id);
