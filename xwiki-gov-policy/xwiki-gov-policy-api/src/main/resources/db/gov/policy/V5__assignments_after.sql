-- Each major version keeps an assignment id that all of its assignments' ids exceed, so that an export on H2, which
-- reads a version's assignments in the table's own order, starts after the earlier versions' rows instead of reading
-- past every one of them (a million rows for each earlier major version at a government's scale). Publishing a major
-- version writes it before inserting the version's assignments; for the versions published before, it is one less
-- than their smallest assignment id, and stays empty for a version without assignments (read from the start).
-- Portable SQL (H2 and PostgreSQL).

ALTER TABLE gov_policy_version ADD COLUMN assignments_after BIGINT;

UPDATE gov_policy_version SET assignments_after = (SELECT MIN(a.assignment_id) - 1 FROM gov_policy_assignment a
  WHERE a.guideline_key = gov_policy_version.guideline_key AND a.major_version = gov_policy_version.version_number)
WHERE kind = 'MAJOR';
