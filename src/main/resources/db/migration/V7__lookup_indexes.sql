-- Lookups the delegates make on every appeal, vaccine offer and policy review. PostgreSQL does not index a foreign
-- key by itself (H2 does), so these were scans that grew with every case (docs/benchmarks.md, tuning log).
create index idx_appeal_dispute_level on appeal (dispute_id, appeal_level);
create index idx_vaccine_offer_staff on vaccine_offer (staff_id);
create index idx_policy_review_policy on policy_review (policy_id);
