-- Seed 004 §1 lists more level-2 requests than its time-limit table has rows: usage lookup,
-- installation help, in-depth usage help and other technical help the product room can solve.
-- Every level-2 row of the table is 4 h at the regional company and 4 h in total, so these take the same.
INSERT INTO sla_policy (request_type, version, regional_budget_minutes, it_centre_budget_minutes, total_budget_minutes,
                        warning_percent, calendar_id, current_version, created_at, created_by)
SELECT t.request_type, 1, 240, 0, 240, 75, c.id, TRUE, TIMESTAMPTZ '2020-09-01 00:00:00+07', 'seed-004'
FROM business_calendar c,
     (VALUES ('USAGE_LOOKUP'), ('INSTALLATION_HELP'), ('IN_DEPTH_USAGE_HELP'), ('OTHER_TECHNICAL_HELP')) AS t(request_type)
WHERE c.code = '24x7';
