-- eCAF schema, version 9: answers and rows a practitioner held back from an issued copy, each with the reason.
-- Written with the disclosure it belongs to; never updated or deleted.
CREATE TABLE disclosure_withheld (
    disclosure_id BIGINT        NOT NULL REFERENCES disclosure (id),
    position      INTEGER       NOT NULL,
    item          VARCHAR(120)  NOT NULL,
    label         VARCHAR(300)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (disclosure_id, position)
);
