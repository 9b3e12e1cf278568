-- eCAF schema, version 12: the practitioner a case is allocated to (the team's case holder). A team lead of the
-- holding team allocates and reassigns it; until then it is held by the practitioner who opened the case.
ALTER TABLE caf_case ADD COLUMN allocated_to BIGINT;
ALTER TABLE caf_case ADD CONSTRAINT caf_case_allocated_to FOREIGN KEY (allocated_to) REFERENCES practitioner (id);
UPDATE caf_case SET allocated_to = opened_by;
CREATE INDEX caf_case_team_allocated ON caf_case (team_id, allocated_to);
