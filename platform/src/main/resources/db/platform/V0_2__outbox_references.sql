-- An outbox row may stand for many events instead of carrying one: a bulk write (the subscriber
-- import) records one row naming what it changed, and the relay has the named expansion build the
-- events a batch at a time, recording in `expanded_to` how far it has sent them, so a relay that
-- stops in the middle resumes from there.
ALTER TABLE outbox_message
    ADD COLUMN expansion   VARCHAR(100),
    ADD COLUMN expanded_to TEXT;
