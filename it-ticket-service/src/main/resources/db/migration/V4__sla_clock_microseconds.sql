-- Whole seconds lost the fraction of a second at every pause, stop, reopening and
-- reclassification, so due times drifted later each time: keep the consumed time to the microsecond.
ALTER TABLE sla_clock ALTER COLUMN consumed_seconds TYPE NUMERIC(18, 6);
