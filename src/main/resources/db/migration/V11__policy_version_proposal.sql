-- What a draft or revision proposes for the policy (title, category, owner, scope, review interval), kept on the
-- version until publication makes it the policy's: routing (the approver by category, the reviewing department)
-- is read from here, never from a process variable a completion could have set. Null on versions drafted before.
alter table policy_version add column proposed_title varchar(255);
alter table policy_version add column proposed_category varchar(32);
alter table policy_version add column proposed_owner_user varchar(64);
alter table policy_version add column proposed_owner_group varchar(64);
alter table policy_version add column proposed_scope_groups varchar(500);
alter table policy_version add column proposed_review_interval_months int;
