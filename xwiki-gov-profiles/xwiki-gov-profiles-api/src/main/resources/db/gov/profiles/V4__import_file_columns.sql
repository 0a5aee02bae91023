-- The columns an import's file has: a column it does not have leaves that value of each person as it is, where an
-- empty cell of a column it has clears it. Imports recorded before knew no such difference: they applied every
-- column, which is what the default keeps for those still under way. Portable SQL (H2 and PostgreSQL).

ALTER TABLE gov_profile_import ADD COLUMN file_columns VARCHAR(200)
  DEFAULT 'user_id,display_name,agency,unit,position_title,classification,manager_id' NOT NULL;
