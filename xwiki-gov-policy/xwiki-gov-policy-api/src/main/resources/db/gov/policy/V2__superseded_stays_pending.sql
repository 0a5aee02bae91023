-- Publishing a major version no longer writes SUPERSEDED into each pending assignment of the version before it (a
-- million rows at a government's scale): those assignments stay PENDING, and no reader looks past a guideline's current
-- major version. This brings what earlier releases wrote to the same form. A superseded version's counters hold no
-- PENDING row to collide with: superseding recounted them, and nothing assigns to a version once superseded.
UPDATE gov_policy_assignment SET state = 'PENDING', state_reason = NULL WHERE state = 'SUPERSEDED';
UPDATE gov_policy_tally SET state = 'PENDING' WHERE state = 'SUPERSEDED';
