-- The guidelines a space's members acknowledge before they see its content (keys of the policy module's guidelines).
CREATE TABLE gov_crossagency_guideline (
  space_key VARCHAR(64) NOT NULL REFERENCES gov_crossagency_space (space_key),
  guideline_key VARCHAR(64) NOT NULL,
  PRIMARY KEY (space_key, guideline_key)
);
