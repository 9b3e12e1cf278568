-- eCAF schema, version 11: case notes (issue 12). A note is written once and never updated or deleted; a correction
-- is a new note whose corrects_id points to the note it corrects, with the reason.
CREATE TABLE case_note (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES caf_case (id),
    kind              VARCHAR(20)   NOT NULL,
    happened_on       DATE          NOT NULL,
    happened_at       TIME,
    text              VARCHAR(4000) NOT NULL,
    author_id         BIGINT        NOT NULL REFERENCES practitioner (id),
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    corrects_id       BIGINT        REFERENCES case_note (id),
    correction_reason VARCHAR(1000),
    CONSTRAINT case_note_reason_with_correction CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
);

CREATE INDEX case_note_case ON case_note (case_id);
CREATE UNIQUE INDEX case_note_corrects ON case_note (corrects_id);
