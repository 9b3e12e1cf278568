-- The phonetic name keys of a child (family_name_key, given_name_key) were looked up by the first duplicate check;
-- since V6 the check, the search and the import look names up in child_match_key, and nothing reads these two
-- indexes. Every registration and every imported row still paid to keep them. The columns stay (the entity writes
-- them; a later release may drop them).
DROP INDEX IF EXISTS child_family_name_key;
DROP INDEX IF EXISTS child_given_name_key;
