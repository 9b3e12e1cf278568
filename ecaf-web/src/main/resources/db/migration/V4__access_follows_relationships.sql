-- eCAF schema, version 4: access that follows the child's relationships. The team that registered a child holds
-- their record until a case is opened; changes to a child's record keep what was there before; family members are
-- corrected and ended rather than overwritten; cases move between teams by a recorded transfer; another team asks
-- to join the Team Around the Child or for a transfer; access without involvement is a recorded, time-limited grant.

ALTER TABLE child ADD COLUMN registered_team_id BIGINT;
ALTER TABLE child ADD CONSTRAINT child_registered_team FOREIGN KEY (registered_team_id) REFERENCES team (id);
UPDATE child SET registered_team_id = (SELECT p.team_id FROM practitioner p WHERE p.username = child.registered_by);

ALTER TABLE family_member ADD COLUMN added_by VARCHAR(200);
ALTER TABLE family_member ADD COLUMN added_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE family_member ADD COLUMN ended_on DATE;
ALTER TABLE family_member ADD COLUMN ended_reason VARCHAR(1000);
ALTER TABLE family_member ADD COLUMN ended_by VARCHAR(200);

CREATE TABLE record_change (
    id               BIGINT        NOT NULL PRIMARY KEY,
    child_id         BIGINT        NOT NULL REFERENCES child (id),
    family_member_id BIGINT        REFERENCES family_member (id),
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(60)   NOT NULL,
    changed_by_name  VARCHAR(200)  NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    summary          VARCHAR(1000) NOT NULL,
    before_values    ${text},
    after_values     ${text}
);
CREATE INDEX record_change_child ON record_change (child_id);

CREATE TABLE case_transfer (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_id        BIGINT        NOT NULL REFERENCES caf_case (id),
    from_team_id   BIGINT        NOT NULL REFERENCES team (id),
    to_team_id     BIGINT        NOT NULL REFERENCES team (id),
    decided_by     BIGINT        NOT NULL REFERENCES practitioner (id),
    requested_by   VARCHAR(200)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    transferred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_transfer_case ON case_transfer (case_id);

CREATE TABLE case_request (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_id          BIGINT        NOT NULL REFERENCES caf_case (id),
    kind             VARCHAR(20)   NOT NULL,
    requested_by     BIGINT        NOT NULL REFERENCES practitioner (id),
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    tac_role         VARCHAR(200),
    status           VARCHAR(20)   NOT NULL,
    decided_by       BIGINT        REFERENCES practitioner (id),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_comment VARCHAR(1000),
    row_version      BIGINT        NOT NULL
);
CREATE INDEX case_request_case ON case_request (case_id, status);
CREATE INDEX case_request_requester ON case_request (requested_by);

CREATE TABLE access_grant (
    id              BIGINT        NOT NULL PRIMARY KEY,
    child_id        BIGINT        NOT NULL REFERENCES child (id),
    practitioner_id BIGINT        NOT NULL REFERENCES practitioner (id),
    reason          VARCHAR(1000) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX access_grant_child ON access_grant (child_id, practitioner_id);
