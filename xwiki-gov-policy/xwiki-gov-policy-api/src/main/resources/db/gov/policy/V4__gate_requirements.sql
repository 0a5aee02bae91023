-- People another module asks to acknowledge a guideline, outside its audience if need be: the members of a
-- cross-agency space that lists it. They are part of the guideline's audience (assigned, reminded, counted under their
-- own agency) for as long as one source requires it. Portable SQL (H2 and PostgreSQL).
CREATE TABLE gov_policy_gate_requirement (
  guideline_key VARCHAR(64) NOT NULL,
  user_id VARCHAR(255) NOT NULL,
  source_key VARCHAR(128) NOT NULL,
  PRIMARY KEY (guideline_key, user_id, source_key)
);
