-- The promotion catalogue that supervisors keep (seed 001): what agents may tell a customer, for whom,
-- and whether it is official yet. Empty arrays mean "no condition" (every package, every service).

CREATE TABLE promotion (
    id                 UUID          PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL UNIQUE,
    name               VARCHAR(200)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    starts_on          DATE          NOT NULL,
    ends_on            DATE          NOT NULL CHECK (ends_on >= starts_on),
    benefits           VARCHAR(2000) NOT NULL,
    conditions         VARCHAR(2000) NOT NULL,
    value_vnd          BIGINT        NOT NULL CHECK (value_vnd >= 0),
    exclusivity_group  VARCHAR(40),
    payment_types      VARCHAR(10)[] NOT NULL,
    arpu_min_vnd       BIGINT        CHECK (arpu_min_vnd >= 0),
    arpu_max_vnd       BIGINT        CHECK (arpu_max_vnd >= 0),
    packages           VARCHAR(40)[] NOT NULL,
    services           VARCHAR(40)[] NOT NULL,
    on_net_calls       BOOLEAN       NOT NULL,
    reference_only     BOOLEAN       NOT NULL,
    golden_days_top_up BOOLEAN       NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    CHECK (arpu_min_vnd IS NULL OR arpu_max_vnd IS NULL OR arpu_min_vnd <= arpu_max_vnd)
);
-- Advice reads what has not ended yet (and what ended lately, to say so).
CREATE INDEX promotion_ends_on ON promotion (ends_on);
