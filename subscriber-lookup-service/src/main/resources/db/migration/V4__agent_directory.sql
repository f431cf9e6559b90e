-- The agent directory (seed 000, "Chấn chỉnh việc sử dụng user/pw", "Trách nhiệm đối tác"): the
-- partner companies that run call centres for MobiFone, and their agents and supervisors, each
-- account personal. A departure is recorded once and for good; the partner's monthly removal
-- request lists the departures of a month, due before the 5th of the next.

CREATE TABLE partner (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(100) NOT NULL
);

CREATE TABLE agent (
    id             VARCHAR(100) PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    partner_id     VARCHAR(40)  NOT NULL REFERENCES partner (id),
    role           VARCHAR(20)  NOT NULL CHECK (role IN ('AGENT', 'SUPERVISOR')),
    call_centre    VARCHAR(100) NOT NULL,
    line           VARCHAR(20)  NOT NULL,
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DEPARTED')),
    start_date     DATE         NOT NULL,
    departure_date DATE,
    -- when the departure was recorded: the moment the account was removed everywhere
    removed_at     TIMESTAMPTZ,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    CHECK ((status = 'DEPARTED') = (departure_date IS NOT NULL AND removed_at IS NOT NULL)),
    CHECK (departure_date IS NULL OR departure_date >= start_date)
);

CREATE INDEX agent_by_partner ON agent (partner_id, id);
CREATE INDEX agent_departures ON agent (partner_id, departure_date) WHERE departure_date IS NOT NULL;

-- The partner's official request for a month: sent by the partner, acknowledged by the 1090 centre.
CREATE TABLE removal_request (
    partner_id      VARCHAR(40)  NOT NULL REFERENCES partner (id),
    month           VARCHAR(7)   NOT NULL,
    departures      INT          NOT NULL,
    sent_at         TIMESTAMPTZ  NOT NULL,
    sent_by         VARCHAR(100) NOT NULL,
    acknowledged_at TIMESTAMPTZ,
    acknowledged_by VARCHAR(100),
    PRIMARY KEY (partner_id, month)
);

-- One journal for every read of personal data in the suite: which service, whether it was
-- answered or refused (a departed account's attempt), and for a change what changed.
ALTER TABLE personal_data_access
    ADD COLUMN service VARCHAR(60) NOT NULL DEFAULT 'subscriber-lookup-service',
    ADD COLUMN outcome VARCHAR(10) NOT NULL DEFAULT 'READ' CHECK (outcome IN ('READ', 'REFUSED')),
    ADD COLUMN detail  VARCHAR(200);

-- The security team's questions run over time ranges.
CREATE INDEX personal_data_access_by_time ON personal_data_access (accessed_at);
