-- Saves whose cost does not grow with history (issue 15).
-- 1. The head of each assessment's history is kept on the assessment row, so a save, the latest answers and the
--    access checks read one row whatever the number of revisions.
-- 2. A revision stores what changed since the one before (a JSON merge patch) except every 32nd, which stores the
--    whole answer set; existing revisions keep their whole answer sets (they are all key revisions).
ALTER TABLE assessment ADD COLUMN latest_number INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE assessment ADD COLUMN latest_hash VARCHAR(64);
ALTER TABLE assessment ADD COLUMN latest_revision_id BIGINT REFERENCES assessment_revision (id);
ALTER TABLE assessment ADD COLUMN latest_answers ${text};
ALTER TABLE assessment ADD COLUMN authors VARCHAR(2000);

ALTER TABLE assessment_revision ADD COLUMN answers_patch ${text};
ALTER TABLE assessment_revision ALTER COLUMN answers DROP NOT NULL;

UPDATE assessment SET latest_number =
    (SELECT COALESCE(MAX(r.number), 0) FROM assessment_revision r WHERE r.assessment_id = assessment.id);
UPDATE assessment SET
    latest_revision_id = (SELECT r.id FROM assessment_revision r
                          WHERE r.assessment_id = assessment.id AND r.number = assessment.latest_number),
    latest_hash = (SELECT r.hash FROM assessment_revision r
                   WHERE r.assessment_id = assessment.id AND r.number = assessment.latest_number),
    latest_answers = (SELECT r.answers FROM assessment_revision r
                      WHERE r.assessment_id = assessment.id AND r.number = assessment.latest_number)
WHERE latest_number > 0;
-- authors stays NULL on existing rows: the application fills it from the revisions the first time it needs it
