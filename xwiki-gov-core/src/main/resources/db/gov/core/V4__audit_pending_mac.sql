-- An audit entry waiting to be chained carries an HMAC made with a key kept outside the database, so that a row
-- added or altered behind the software's back is refused rather than chained as genuine. A refused row stays,
-- marked, for verification to report.
ALTER TABLE gov_audit_pending ADD COLUMN entry_mac VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE gov_audit_pending ADD COLUMN refused BOOLEAN DEFAULT FALSE NOT NULL;
