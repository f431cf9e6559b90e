-- Templates supervisors manage; every templated message names one.
CREATE TABLE template (
    id              VARCHAR(64)  PRIMARY KEY,
    body            TEXT         NOT NULL,
    brandname       VARCHAR(50)  NOT NULL,
    channel         VARCHAR(10)  NOT NULL CHECK (channel IN ('SMS', 'ZALO')),
    category        VARCHAR(20)  NOT NULL CHECK (category IN ('CARE', 'TRANSACTIONAL', 'ADVERTISING')),
    fold_diacritics BOOLEAN      NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);

-- One row per accepted (or refused) request. not_before and valid_until follow the business clock;
-- retry_at and lease_until are technical and follow the database clock.
CREATE TABLE message (
    id              UUID         PRIMARY KEY,
    idempotency_key VARCHAR(100) NOT NULL UNIQUE,
    msisdn          VARCHAR(11)  NOT NULL,
    channel         VARCHAR(10)  NOT NULL,
    category        VARCHAR(20)  NOT NULL,
    campaign_id     VARCHAR(64),
    template_id     VARCHAR(64)  REFERENCES template (id),
    brandname       VARCHAR(50)  NOT NULL,
    body            TEXT         NOT NULL,
    encoding        VARCHAR(10),
    part_count      INTEGER      NOT NULL,
    concat_ref      INTEGER      NOT NULL,
    priority        INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    reason          VARCHAR(200),
    not_before      TIMESTAMPTZ  NOT NULL,
    valid_until     TIMESTAMPTZ  NOT NULL,
    retry_at        TIMESTAMPTZ,
    lease_until     TIMESTAMPTZ,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    requested_by    VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX message_due ON message (channel, priority DESC, not_before) WHERE status IN ('ACCEPTED', 'QUEUED');
CREATE INDEX message_by_msisdn ON message (msisdn, created_at DESC);
CREATE INDEX message_by_campaign ON message (campaign_id, created_at DESC) WHERE campaign_id IS NOT NULL;

-- A part the SMSC acknowledged, under the id its receipt carries.
CREATE TABLE message_part (
    smsc_message_id VARCHAR(65)  PRIMARY KEY,
    message_id      UUID         NOT NULL REFERENCES message (id),
    seq             INTEGER      NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    error           VARCHAR(100),
    submitted_at    TIMESTAMPTZ  NOT NULL,
    completed_at    TIMESTAMPTZ,
    UNIQUE (message_id, seq)
);

-- Receipts not yet joined to their part: the SMSC may answer before our own record is written.
CREATE TABLE delivery_receipt (
    smsc_message_id VARCHAR(65)  PRIMARY KEY,
    delivered       BOOLEAN      NOT NULL,
    error           VARCHAR(100),
    received_at     TIMESTAMPTZ  NOT NULL
);

-- Messages counted against the per-subscriber cap of a campaign, per channel.
CREATE TABLE subscriber_cap (
    campaign_id VARCHAR(64) NOT NULL,
    msisdn      VARCHAR(11) NOT NULL,
    channel     VARCHAR(10) NOT NULL,
    used        INTEGER     NOT NULL,
    PRIMARY KEY (campaign_id, msisdn, channel)
);

CREATE TABLE opt_out (
    msisdn       VARCHAR(11)  PRIMARY KEY,
    source       VARCHAR(50)  NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    opted_out_at TIMESTAMPTZ  NOT NULL
);
