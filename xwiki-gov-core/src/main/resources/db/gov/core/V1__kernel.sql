-- The kernel's tables. Portable SQL: the same file runs on H2 and PostgreSQL.
-- Times are epoch milliseconds (BIGINT), identical on both databases, which the audit hashes rely on.

CREATE TABLE gov_agency (
  agency_key VARCHAR(32) NOT NULL PRIMARY KEY,
  name_en VARCHAR(200) NOT NULL,
  name_fr VARCHAR(200) NOT NULL,
  acronym VARCHAR(20) NOT NULL,
  parent_key VARCHAR(32) REFERENCES gov_agency (agency_key),
  created_at BIGINT NOT NULL
);

CREATE TABLE gov_unit (
  unit_key VARCHAR(64) NOT NULL PRIMARY KEY,
  agency_key VARCHAR(32) NOT NULL REFERENCES gov_agency (agency_key),
  name_en VARCHAR(200) NOT NULL,
  name_fr VARCHAR(200) NOT NULL,
  parent_key VARCHAR(64) REFERENCES gov_unit (unit_key),
  created_at BIGINT NOT NULL
);
CREATE INDEX gov_unit_agency ON gov_unit (agency_key);

CREATE TABLE gov_membership (
  user_id VARCHAR(255) NOT NULL PRIMARY KEY,
  agency_key VARCHAR(32) NOT NULL REFERENCES gov_agency (agency_key),
  unit_key VARCHAR(64) REFERENCES gov_unit (unit_key),
  updated_at BIGINT NOT NULL
);
CREATE INDEX gov_membership_agency ON gov_membership (agency_key);
CREATE INDEX gov_membership_unit ON gov_membership (unit_key);

-- Current grants; their history is the audit log. scope is the agency key, or '*' for a government-wide role.
CREATE TABLE gov_role_grant (
  user_id VARCHAR(255) NOT NULL,
  role_name VARCHAR(32) NOT NULL,
  scope VARCHAR(32) NOT NULL,
  granted_at BIGINT NOT NULL,
  granted_by VARCHAR(255) NOT NULL,
  PRIMARY KEY (user_id, role_name, scope)
);
CREATE INDEX gov_role_grant_scope ON gov_role_grant (scope);

-- The end of the audit chain: one row, locked by each append so that appends queue, across processes too.
CREATE TABLE gov_audit_head (
  head_id INT NOT NULL PRIMARY KEY,
  last_sequence BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO gov_audit_head (head_id, last_sequence, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only. Unique previous_hash: two records can never follow the same one (no fork).
CREATE TABLE gov_audit_record (
  sequence_number BIGINT NOT NULL PRIMARY KEY,
  recorded_at BIGINT NOT NULL,
  actor_id VARCHAR(255) NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  payload VARCHAR(100000) NOT NULL,
  previous_hash CHAR(64) NOT NULL UNIQUE,
  record_hash CHAR(64) NOT NULL UNIQUE
);
