-- A member's request message, and who last decided on the membership and why (a decline, a removal).
ALTER TABLE gov_crossagency_member ADD COLUMN request_message VARCHAR(1000);
ALTER TABLE gov_crossagency_member ADD COLUMN decided_by VARCHAR(255);
ALTER TABLE gov_crossagency_member ADD COLUMN reason VARCHAR(1000);
ALTER TABLE gov_crossagency_member ADD COLUMN agency_key VARCHAR(64);
