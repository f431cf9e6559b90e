-- A campaign's own messages to its whole target list (seed 002 §3). A recipient row is written
-- with the message's command in one transaction, so a re-run sends only to whom nothing was sent.

CREATE TABLE broadcast (
    id            UUID         PRIMARY KEY,
    campaign_id   UUID         NOT NULL REFERENCES campaign (id),
    template_id   VARCHAR(60)  NOT NULL,
    channel       VARCHAR(10)  NOT NULL CHECK (channel IN ('SMS', 'ZALO')),
    send_on       DATE         NOT NULL,
    scheduled_at  TIMESTAMPTZ  NOT NULL,
    state         VARCHAR(10)  NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    recipients    BIGINT       NOT NULL DEFAULT 0,
    requested     BIGINT       NOT NULL DEFAULT 0,
    error         TEXT,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    UNIQUE (campaign_id, template_id, send_on)
);

CREATE TABLE broadcast_recipient (
    broadcast_id  UUID         NOT NULL REFERENCES broadcast (id),
    msisdn        VARCHAR(11)  NOT NULL,
    PRIMARY KEY (broadcast_id, msisdn)
);
