-- eCAF schema, version 2: children and their families, CAF cases, consent, assessments with immutable
-- revisions, child-seen records, approvals, Team Around the Child, delivery plan, reviews, closure, timeline.

-- case references (CAF-2026-000123) are numbered without gaps from this counter, locked while taken
CREATE TABLE reference_counter (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
INSERT INTO reference_counter (name, next_value) VALUES ('case', 1);

CREATE TABLE child (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    given_names               VARCHAR(200) NOT NULL,
    family_name               VARCHAR(200) NOT NULL,
    other_names               VARCHAR(400),
    date_of_birth             DATE,
    expected_date_of_delivery DATE,
    gender                    VARCHAR(40),
    address                   VARCHAR(400),
    postcode                  VARCHAR(10),
    nhs_number                VARCHAR(10),
    upn                       VARCHAR(13),
    first_language            VARCHAR(100),
    shielded                  BOOLEAN      NOT NULL,
    family_name_key           VARCHAR(20),
    given_name_key            VARCHAR(20),
    birth_date                DATE,
    postcode_district         VARCHAR(8),
    registered_by             VARCHAR(60)  NOT NULL,
    registered_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the duplicate check fetches candidates by these keys (see MatchKeys)
CREATE INDEX child_family_name_key ON child (family_name_key);
CREATE INDEX child_given_name_key ON child (given_name_key, birth_date);
CREATE INDEX child_birth_date ON child (birth_date);
CREATE INDEX child_postcode_district ON child (postcode_district, birth_date);
CREATE INDEX child_nhs_number ON child (nhs_number);
CREATE INDEX child_upn ON child (upn);

CREATE TABLE family_member (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    child_id                BIGINT       NOT NULL REFERENCES child (id),
    name                    VARCHAR(200) NOT NULL,
    relationship            VARCHAR(30)  NOT NULL,
    parental_responsibility BOOLEAN      NOT NULL,
    lives_with_child        BOOLEAN      NOT NULL,
    phone                   VARCHAR(40),
    email                   VARCHAR(200),
    address                 VARCHAR(400)
);
CREATE INDEX family_member_child ON family_member (child_id);

CREATE TABLE caf_case (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    reference               VARCHAR(20)  NOT NULL UNIQUE,
    child_id                BIGINT       NOT NULL REFERENCES child (id),
    team_id                 BIGINT       NOT NULL REFERENCES team (id),
    state                   VARCHAR(30)  NOT NULL,
    opened_by               BIGINT       NOT NULL REFERENCES practitioner (id),
    opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    lead_professional_id    BIGINT REFERENCES practitioner (id),
    review_date             DATE,
    pre_assessment_version  INTEGER,
    pre_assessment_answers  ${text},
    pre_assessment_decision VARCHAR(40),
    state_changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version             BIGINT       NOT NULL
);
CREATE INDEX caf_case_child ON caf_case (child_id);
CREATE INDEX caf_case_team_state ON caf_case (team_id, state);

CREATE TABLE case_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES caf_case (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    summary     VARCHAR(1000) NOT NULL
);
CREATE INDEX case_event_case ON case_event (case_id);

CREATE TABLE assessment (
    id           BIGINT      NOT NULL PRIMARY KEY,
    case_id      BIGINT      NOT NULL REFERENCES caf_case (id),
    number       INTEGER     NOT NULL,
    form_id      VARCHAR(40) NOT NULL,
    form_version INTEGER     NOT NULL,
    status       VARCHAR(20) NOT NULL,
    started_on   DATE        NOT NULL,
    started_by   VARCHAR(60) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    approved_at  TIMESTAMP WITH TIME ZONE,
    approved_by  VARCHAR(60),
    row_version  BIGINT      NOT NULL,
    UNIQUE (case_id, number)
);

-- revisions are never updated or deleted; (assessment_id, number) is unique so two writers cannot both add revision n
CREATE TABLE assessment_revision (
    id            BIGINT       NOT NULL PRIMARY KEY,
    assessment_id BIGINT       NOT NULL REFERENCES assessment (id),
    number        INTEGER      NOT NULL,
    form_version  INTEGER      NOT NULL,
    answers       ${text}      NOT NULL,
    author        VARCHAR(60)  NOT NULL,
    author_name   VARCHAR(200) NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(400),
    previous_hash VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    UNIQUE (assessment_id, number)
);

CREATE TABLE consent (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    case_id                BIGINT       NOT NULL REFERENCES caf_case (id),
    given_by               VARCHAR(20)  NOT NULL,
    family_member_id       BIGINT REFERENCES family_member (id),
    given_on               DATE         NOT NULL,
    to_record              BOOLEAN      NOT NULL,
    to_share               BOOLEAN      NOT NULL,
    evidence               VARCHAR(400),
    recorded_by            BIGINT       NOT NULL REFERENCES practitioner (id),
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_on           DATE,
    withdrawal_reason      VARCHAR(1000),
    withdrawal_recorded_by BIGINT REFERENCES practitioner (id)
);
CREATE INDEX consent_case ON consent (case_id);

CREATE TABLE consent_agency (
    consent_id BIGINT NOT NULL REFERENCES consent (id),
    agency_id  BIGINT NOT NULL REFERENCES agency (id),
    PRIMARY KEY (consent_id, agency_id)
);

CREATE TABLE consent_family_member (
    consent_id       BIGINT NOT NULL REFERENCES consent (id),
    family_member_id BIGINT NOT NULL REFERENCES family_member (id),
    PRIMARY KEY (consent_id, family_member_id)
);

CREATE TABLE without_consent_decision (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_id          BIGINT        NOT NULL REFERENCES caf_case (id),
    ground           VARCHAR(40)   NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    covers_recording BOOLEAN       NOT NULL,
    decided_by       BIGINT        NOT NULL REFERENCES practitioner (id),
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE without_consent_agency (
    decision_id BIGINT NOT NULL REFERENCES without_consent_decision (id),
    agency_id   BIGINT NOT NULL REFERENCES agency (id),
    PRIMARY KEY (decision_id, agency_id)
);

CREATE TABLE child_seen (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES caf_case (id),
    seen_at     TIMESTAMP     NOT NULL,
    seen_alone  BOOLEAN       NOT NULL,
    location    VARCHAR(200)  NOT NULL,
    notes       VARCHAR(1000),
    seen_by     BIGINT        NOT NULL REFERENCES practitioner (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE approval_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES caf_case (id),
    assessment_id   BIGINT        NOT NULL REFERENCES assessment (id),
    kind            VARCHAR(20)   NOT NULL,
    revision_number INTEGER       NOT NULL,
    actor           VARCHAR(60)   NOT NULL,
    actor_name      VARCHAR(200)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    comment         VARCHAR(4000)
);

CREATE TABLE tac_member (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_id         BIGINT       NOT NULL REFERENCES caf_case (id),
    practitioner_id BIGINT REFERENCES practitioner (id),
    name            VARCHAR(200) NOT NULL,
    role            VARCHAR(200) NOT NULL,
    organisation    VARCHAR(200),
    contact         VARCHAR(200),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX tac_member_practitioner ON tac_member (practitioner_id);

CREATE TABLE plan_action (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES caf_case (id),
    what            VARCHAR(1000) NOT NULL,
    who             VARCHAR(200)  NOT NULL,
    by_when         DATE          NOT NULL,
    desired_outcome VARCHAR(1000),
    status          VARCHAR(20)   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE review (
    id               BIGINT      NOT NULL PRIMARY KEY,
    case_id          BIGINT      NOT NULL REFERENCES caf_case (id),
    form_version     INTEGER     NOT NULL,
    answers          ${text}     NOT NULL,
    review_date      DATE        NOT NULL,
    next_review_date DATE,
    recorded_by      VARCHAR(60) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE case_closure (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES caf_case (id),
    reason        VARCHAR(60)   NOT NULL,
    form_version  INTEGER       NOT NULL,
    answers       ${text}       NOT NULL,
    closed_from   VARCHAR(30)   NOT NULL,
    closed_by     VARCHAR(60)   NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reopened_by   VARCHAR(60),
    reopened_at   TIMESTAMP WITH TIME ZONE,
    reopen_reason VARCHAR(2000)
);
