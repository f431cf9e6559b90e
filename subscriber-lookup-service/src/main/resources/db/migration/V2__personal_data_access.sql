-- Every read of a subscriber's personal data: who, in which role, which number, for which call or
-- purpose, when, which view. Written in the transaction of the read itself, so a lookup that was
-- answered is always on record; the table refuses changes, so the record cannot be rewritten.

CREATE TABLE personal_data_access (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accessed_at TIMESTAMPTZ  NOT NULL,
    subject     VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    msisdn      VARCHAR(11)  NOT NULL,
    call_id     VARCHAR(64),
    purpose     VARCHAR(200),
    access_view VARCHAR(30)  NOT NULL,
    CHECK (call_id IS NOT NULL OR purpose IS NOT NULL)
);

-- The two questions supervisors ask: who looked at this number, what did this agent look at.
CREATE INDEX personal_data_access_by_msisdn ON personal_data_access (msisdn, accessed_at DESC);
CREATE INDEX personal_data_access_by_subject ON personal_data_access (subject, accessed_at DESC);

CREATE FUNCTION refuse_personal_data_access_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'personal_data_access is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER personal_data_access_append_only
    BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH ROW EXECUTE FUNCTION refuse_personal_data_access_change();

CREATE TRIGGER personal_data_access_no_truncate
    BEFORE TRUNCATE ON personal_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_personal_data_access_change();

-- The agent pressed OK on the Decree-49 warning of an incomplete subscriber during one call.
CREATE TABLE decree49_acknowledgement (
    id              UUID         PRIMARY KEY,
    msisdn          VARCHAR(11)  NOT NULL,
    subject         VARCHAR(100) NOT NULL,
    call_id         VARCHAR(64),
    purpose         VARCHAR(200),
    acknowledged_at TIMESTAMPTZ  NOT NULL
);

CREATE INDEX decree49_acknowledgement_by_caller ON decree49_acknowledgement (msisdn, subject, acknowledged_at DESC);
