-- Every warning, breach and pause leaves a dead entry at the low end of sla_clock_next_check, the
-- very range the sweeper reads. PostgreSQL skips index cleanup when few heap pages are dead, which
-- would let those entries pile up between rare vacuums: vacuum this table often, index included,
-- so that a sweep stays a few pages whatever the traffic.
ALTER TABLE sla_clock SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000, vacuum_index_cleanup = on);
