-- Every occupation change made on a call (seed 000): who, in which role, on which call and when it
-- started, the code before and after. Written in the transaction of the change; append-only like
-- the personal-data audit.

CREATE TABLE occupation_change (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at      TIMESTAMPTZ  NOT NULL,
    msisdn          VARCHAR(11)  NOT NULL,
    subject         VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    call_id         VARCHAR(64)  NOT NULL,
    call_started_at TIMESTAMPTZ  NOT NULL,
    old_code        SMALLINT     CHECK (old_code BETWEEN 1 AND 18),
    new_code        SMALLINT     NOT NULL CHECK (new_code BETWEEN 1 AND 18)
);

CREATE INDEX occupation_change_by_msisdn ON occupation_change (msisdn, changed_at DESC);

-- One refusal for every append-only table from here on; it names the table it guards.
CREATE FUNCTION refuse_append_only_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER occupation_change_append_only
    BEFORE UPDATE OR DELETE ON occupation_change
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

CREATE TRIGGER occupation_change_no_truncate
    BEFORE TRUNCATE ON occupation_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
