-- Each person's security clearance, a level of the sensitivity ladder, recorded by HR. A person without a row holds
-- the lowest level.
CREATE TABLE gov_clearance (
  user_id VARCHAR(255) NOT NULL PRIMARY KEY,
  clearance_level VARCHAR(64) NOT NULL,
  updated_at BIGINT NOT NULL
);
