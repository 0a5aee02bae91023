-- The sandbox's stand-in for XWiki documents: the pages of cross-agency spaces, every saved version kept.
CREATE TABLE gov_sandbox_page (
  space_key VARCHAR(64) NOT NULL,
  page_name VARCHAR(100) NOT NULL,
  title VARCHAR(200) NOT NULL,
  content VARCHAR(200000) NOT NULL,
  version INT NOT NULL,
  author VARCHAR(255) NOT NULL,
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (space_key, page_name)
);

CREATE INDEX gov_sandbox_page_recent ON gov_sandbox_page (space_key, saved_at DESC);

CREATE TABLE gov_sandbox_page_version (
  space_key VARCHAR(64) NOT NULL,
  page_name VARCHAR(100) NOT NULL,
  version INT NOT NULL,
  title VARCHAR(200) NOT NULL,
  content VARCHAR(200000) NOT NULL,
  author VARCHAR(255) NOT NULL,
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (space_key, page_name, version)
);
