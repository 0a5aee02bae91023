-- Cross-agency spaces: the charter, each participating agency's decision, and the people in the space.
CREATE TABLE gov_crossagency_space (
    space_key VARCHAR(64) NOT NULL PRIMARY KEY,
    name_en VARCHAR(200) NOT NULL,
    name_fr VARCHAR(200) NOT NULL,
    purpose_en VARCHAR(4000) NOT NULL,
    purpose_fr VARCHAR(4000) NOT NULL,
    lead_agency VARCHAR(64) NOT NULL,
    label VARCHAR(64) NOT NULL,
    membership_policy VARCHAR(16) NOT NULL,
    review_interval_days INT NOT NULL,
    end_day INT,
    status VARCHAR(16) NOT NULL,
    proposed_by VARCHAR(255) NOT NULL,
    proposed_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE gov_crossagency_agency (
    space_key VARCHAR(64) NOT NULL REFERENCES gov_crossagency_space (space_key),
    agency_key VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    approval VARCHAR(16) NOT NULL,
    decided_by VARCHAR(255),
    decided_at BIGINT,
    reason VARCHAR(1000),
    PRIMARY KEY (space_key, agency_key)
);

CREATE INDEX gov_crossagency_agency_by_agency ON gov_crossagency_agency (agency_key, space_key);

CREATE TABLE gov_crossagency_member (
    space_key VARCHAR(64) NOT NULL REFERENCES gov_crossagency_space (space_key),
    user_id VARCHAR(255) NOT NULL,
    member_role VARCHAR(16) NOT NULL,
    member_state VARCHAR(32) NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (space_key, user_id)
);

CREATE INDEX gov_crossagency_member_by_user ON gov_crossagency_member (user_id, space_key);
