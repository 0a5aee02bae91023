-- Each deferred audit entry carries a random identifier in its details; its record keeps it in an indexed column, so
-- that a copy of an entry already chained is refused rather than chained twice. Verification checks that the column
-- matches the details, which the record's hash covers.
ALTER TABLE gov_audit_record ADD COLUMN entry_id VARCHAR(36);
CREATE UNIQUE INDEX gov_audit_record_entry ON gov_audit_record (entry_id);
