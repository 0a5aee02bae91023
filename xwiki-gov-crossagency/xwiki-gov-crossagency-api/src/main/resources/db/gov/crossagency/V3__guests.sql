-- A guest's terms (last day as epoch day, access, sponsor) and the day their sponsor was warned of the end; the
-- indexes the background sweep reads by: invitations by state and age, guests by last day.
ALTER TABLE gov_crossagency_member ADD COLUMN guest_end_day INT;
ALTER TABLE gov_crossagency_member ADD COLUMN guest_access VARCHAR(16);
ALTER TABLE gov_crossagency_member ADD COLUMN sponsor VARCHAR(255);
ALTER TABLE gov_crossagency_member ADD COLUMN guest_warned_day INT;
CREATE INDEX gov_crossagency_member_by_state ON gov_crossagency_member (member_state, since);
CREATE INDEX gov_crossagency_member_by_guest_end ON gov_crossagency_member (guest_end_day);
