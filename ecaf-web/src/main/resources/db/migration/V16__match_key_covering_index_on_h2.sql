-- eCAF schema, version 16: on H2, an index that holds everything the duplicate check's and the search's lookup reads.

-- The lookup (ChildMatchStore.lookup) reads key_hash, child_id and weight of the rows whose hash it asks for. On H2 a
-- table with a primary key of two columns is stored by a hidden row id, and the primary key is an index beside it, so
-- every key row found through it was then fetched from the table for its weight: at 1,000,000 children that was over
-- half of the check's time (docs/benchmarks.md, "the duplicate check on H2"). With all three columns in one index H2
-- answers the lookup from the index alone. PostgreSQL's check met its latency without it, and the index would slow
-- the bulk import there, so on PostgreSQL the placeholder is a statement that changes nothing.
${match_key_covering_index};
