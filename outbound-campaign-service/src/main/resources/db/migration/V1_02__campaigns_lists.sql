-- Campaigns with their targeting and dialling rules as data; exclusion lists and the DNC list.

CREATE TABLE campaign (
    id              UUID         PRIMARY KEY,
    type            VARCHAR(20)  NOT NULL CHECK (type IN ('HIGH_ARPU_CARE', 'SIM_4G_SWAP')),
    name            VARCHAR(200) NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL CHECK (ends_on >= starts_on),
    window_start    TIME         NOT NULL,
    window_end      TIME         NOT NULL CHECK (window_end > window_start),
    targeting       JSONB        NOT NULL,
    dialling        JSONB        NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

-- Named lists a campaign's targeting leaves out (premium customers called in wave 1, long-term customers).
CREATE TABLE exclusion_entry (
    list_name   VARCHAR(60)  NOT NULL,
    msisdn      VARCHAR(11)  NOT NULL,
    added_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (list_name, msisdn)
);

-- Do-not-call: once on it, a number never re-enters any campaign's queue.
CREATE TABLE dnc_entry (
    msisdn      VARCHAR(11)  PRIMARY KEY,
    source      VARCHAR(100) NOT NULL,
    added_at    TIMESTAMPTZ  NOT NULL
);
