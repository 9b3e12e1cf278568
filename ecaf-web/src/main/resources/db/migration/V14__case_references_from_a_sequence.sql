-- Case references (CAF-2026-000123) come from a sequence instead of the reference_counter row. That row was locked
-- from the moment an opening took its number until the opening committed, so every case opening on every node
-- waited for the one before it (measured: 22 s on average at 200 users on two nodes, each waiter holding a
-- database connection, until the pool ran dry and unrelated requests failed). A sequence hands out numbers without
-- a lock; a number taken by an opening that then fails is skipped: a reference names one case, it does not count
-- cases. The sequence starts where the counter stopped; the counter row stays for nodes of the previous version
-- during a rolling upgrade (see docs/operations.md, "Upgrading a cluster without an outage").
CREATE SEQUENCE case_reference_seq START WITH 1 INCREMENT BY 1;
${restart_case_reference_seq};
