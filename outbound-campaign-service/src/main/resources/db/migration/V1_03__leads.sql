-- Target generation runs and the leads they produce; call attempts with their outcomes and scripts.

CREATE TABLE target_generation (
    id            UUID         PRIMARY KEY,
    campaign_id   UUID         NOT NULL REFERENCES campaign (id),
    state         VARCHAR(10)  NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    rows_total    BIGINT       NOT NULL DEFAULT 0,
    rows_done     BIGINT       NOT NULL DEFAULT 0,
    leads_added   BIGINT       NOT NULL DEFAULT 0,
    error         TEXT,
    started_by    VARCHAR(100) NOT NULL,
    started_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ
);
-- One run at a time per campaign.
CREATE UNIQUE INDEX target_generation_running ON target_generation (campaign_id) WHERE state = 'RUNNING';

CREATE TABLE lead (
    id               BIGSERIAL    PRIMARY KEY,
    campaign_id      UUID         NOT NULL REFERENCES campaign (id),
    msisdn           VARCHAR(11)  NOT NULL,
    arpu_vnd         BIGINT       NOT NULL,
    at_risk          BOOLEAN      NOT NULL,
    province         VARCHAR(100),
    district         VARCHAR(100),
    ward             VARCHAR(100),
    state            VARCHAR(12)  NOT NULL CHECK (state IN ('QUEUED', 'LEASED', 'DONE', 'EXHAUSTED', 'SKIPPED')),
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    leased_by        VARCHAR(100),
    lease_until      TIMESTAMPTZ,
    callback_at      TIMESTAMPTZ,
    callback_agent   VARCHAR(100),
    last_outcome     VARCHAR(20),
    skip_reason      VARCHAR(40),
    UNIQUE (campaign_id, msisdn)
);
-- The queue in seed 002's order: subscribers at risk of leaving first, then ARPU from high to low.
CREATE INDEX lead_queue ON lead (campaign_id, at_risk DESC, arpu_vnd DESC, msisdn) WHERE state = 'QUEUED';
CREATE INDEX lead_leased ON lead (campaign_id, lease_until) WHERE state = 'LEASED';
CREATE INDEX lead_callbacks ON lead (campaign_id, callback_at) WHERE state = 'QUEUED' AND callback_at IS NOT NULL;

CREATE TABLE call_attempt (
    id            UUID         PRIMARY KEY,
    lead_id       BIGINT       NOT NULL REFERENCES lead (id),
    campaign_id   UUID         NOT NULL,
    msisdn        VARCHAR(11)  NOT NULL,
    agent_id      VARCHAR(100) NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    reason        VARCHAR(500),
    name_given    VARCHAR(300),
    script        JSONB,
    recorded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX call_attempt_campaign ON call_attempt (campaign_id, msisdn);
