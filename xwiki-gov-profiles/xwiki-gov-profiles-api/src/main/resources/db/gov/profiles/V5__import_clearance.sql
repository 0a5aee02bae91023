-- The clearance an import row gives (a level of the kernel's ladder); empty when the file has no such column or the
-- cell is blank, which leaves the person's clearance as it is.
ALTER TABLE gov_profile_import_row ADD COLUMN clearance_level VARCHAR(64);
