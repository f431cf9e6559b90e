-- What an agreed call leaves to do after it: gifts to deliver or hand over, e-policies, package
-- registrations, top-up follow-ups, mVAS cancellations; each with its due date.

CREATE TABLE fulfilment_task (
    id           UUID         PRIMARY KEY,
    campaign_id  UUID         NOT NULL REFERENCES campaign (id),
    lead_id      BIGINT       NOT NULL REFERENCES lead (id),
    attempt_id   UUID         NOT NULL REFERENCES call_attempt (id),
    msisdn       VARCHAR(11)  NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    details      JSONB        NOT NULL,
    due_on       DATE         NOT NULL,
    state        VARCHAR(10)  NOT NULL CHECK (state IN ('OPEN', 'DONE')),
    created_at   TIMESTAMPTZ  NOT NULL,
    done_at      TIMESTAMPTZ,
    done_by      VARCHAR(100)
);
CREATE INDEX fulfilment_task_open ON fulfilment_task (due_on) WHERE state = 'OPEN';
CREATE INDEX fulfilment_task_campaign ON fulfilment_task (campaign_id, kind);

-- The MobiFone store a customer of a district is sent to for a gift (seed 002, ARPU below 500,000 VND).
CREATE TABLE store (
    district    VARCHAR(100) PRIMARY KEY,
    address     VARCHAR(300) NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- The follow-up messages each call asked the gateway for, so reports can count them.
CREATE TABLE follow_up (
    idempotency_key  VARCHAR(200) PRIMARY KEY,
    attempt_id       UUID         NOT NULL REFERENCES call_attempt (id),
    campaign_id      UUID         NOT NULL,
    template_id      VARCHAR(60)  NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL
);
