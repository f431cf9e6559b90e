-- Caps and send dates belong to a campaign (seed 002: 2 SMS and 1 Zalo per subscriber, sent on
-- 28/10 and 30/10), not to every campaign: each registers its own. NULL: no limit of that kind.
CREATE TABLE campaign_limits (
    campaign_id         VARCHAR(64)  PRIMARY KEY,
    sms_per_subscriber  INTEGER      CHECK (sms_per_subscriber >= 0),
    zalo_per_subscriber INTEGER      CHECK (zalo_per_subscriber >= 0),
    send_dates          DATE[]       NOT NULL DEFAULT '{}',
    updated_by          VARCHAR(100) NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
