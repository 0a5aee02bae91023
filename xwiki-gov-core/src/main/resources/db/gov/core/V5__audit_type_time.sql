-- A receipt finds its audit record by event type and time: records join the chain in time order.
CREATE INDEX gov_audit_record_type_time ON gov_audit_record (event_type, recorded_at);
