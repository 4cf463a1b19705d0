-- Whether the escalation made the managers candidates (true) or found them there already (false). Kept on the
-- record, not as a task variable, so an escalation writes no extra variable and history rows. Rows written before
-- this column are null: their tasks carry the engine variable the earlier version set.
alter table escalation add column brought_in boolean;
