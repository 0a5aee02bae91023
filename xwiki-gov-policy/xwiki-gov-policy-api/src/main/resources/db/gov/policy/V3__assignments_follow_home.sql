-- An assignment's agency and unit are its person's current home, kept in step when the person moves (rights on the
-- person, compliance figures, overdue lists and exports follow their home agency). Earlier releases kept the home the
-- person had when assigned: this brings those who moved since to their home, then counts the tally again from the
-- assignments. The trend chart's daily counts keep the agency each acknowledgement was counted under.
-- Portable SQL (H2 and PostgreSQL).

UPDATE gov_policy_assignment SET
  agency_key = (SELECT m.agency_key FROM gov_membership m WHERE m.user_id = gov_policy_assignment.user_id),
  unit_key = (SELECT m.unit_key FROM gov_membership m WHERE m.user_id = gov_policy_assignment.user_id)
WHERE EXISTS (SELECT 1 FROM gov_membership m WHERE m.user_id = gov_policy_assignment.user_id
  AND (m.agency_key <> gov_policy_assignment.agency_key
    OR COALESCE(m.unit_key, '') <> COALESCE(gov_policy_assignment.unit_key, '')));

DELETE FROM gov_policy_tally;

INSERT INTO gov_policy_tally (guideline_key, major_version, agency_key, unit_key, due_day, state, n)
SELECT guideline_key, major_version, agency_key, COALESCE(unit_key, ''), due_day, state, COUNT(*)
FROM gov_policy_assignment
GROUP BY guideline_key, major_version, agency_key, COALESCE(unit_key, ''), due_day, state;
