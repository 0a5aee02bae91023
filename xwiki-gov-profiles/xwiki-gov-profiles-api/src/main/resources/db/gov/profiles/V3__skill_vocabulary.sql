-- An agency's controlled skill vocabulary: when it lists skills, its people add skills from the list only (skills
-- they listed before keep). No row: any skill. Portable SQL (H2 and PostgreSQL).

CREATE TABLE gov_profile_skill_vocabulary (
  agency_key VARCHAR(32) NOT NULL REFERENCES gov_agency (agency_key),
  skill VARCHAR(100) NOT NULL,
  PRIMARY KEY (agency_key, skill)
);
