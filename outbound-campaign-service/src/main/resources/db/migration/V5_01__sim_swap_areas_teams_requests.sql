-- Seed 003: the regional company splits its customers down to province/city -> district -> ward/commune
-- and hands each area to a store, a district sales team or an agent (point of sale); requests are
-- routed by the customer's address. Areas carry the administrative (GSO) codes the request page
-- offers in its address lists.
CREATE TABLE sim_swap_area (
    code              VARCHAR(10)  PRIMARY KEY,
    level             VARCHAR(10)  NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'WARD')),
    parent_code       VARCHAR(10)  REFERENCES sim_swap_area (code),
    name              VARCHAR(120) NOT NULL,
    -- A quarantined area is reached only through its local authority (seed 003 section 3).
    quarantined       BOOLEAN      NOT NULL DEFAULT FALSE,
    authority_name    VARCHAR(200),
    authority_phone   VARCHAR(20),
    quarantine_note   VARCHAR(500),
    quarantined_since TIMESTAMPTZ,
    updated_by        VARCHAR(100) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    CHECK ((level = 'PROVINCE') = (parent_code IS NULL)),
    CHECK (NOT quarantined OR (authority_name IS NOT NULL AND authority_phone IS NOT NULL AND quarantined_since IS NOT NULL))
);
CREATE INDEX sim_swap_area_parent ON sim_swap_area (parent_code);

-- Who serves an area: the province's rapid-response team, district sales teams, stores, agents.
CREATE TABLE sim_swap_team (
    code          VARCHAR(40)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('RAPID_RESPONSE', 'SALES_TEAM', 'STORE', 'AGENT')),
    province_code VARCHAR(10)  NOT NULL REFERENCES sim_swap_area (code),
    phone         VARCHAR(20)  NOT NULL,
    address       VARCHAR(300),
    active        BOOLEAN      NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sim_swap_team_province ON sim_swap_team (province_code, kind) WHERE active;

-- The districts and wards a team serves; a rapid-response team covers its whole province instead.
CREATE TABLE sim_swap_coverage (
    team_code VARCHAR(40) NOT NULL REFERENCES sim_swap_team (code) ON DELETE CASCADE,
    area_code VARCHAR(10) NOT NULL REFERENCES sim_swap_area (code),
    PRIMARY KEY (team_code, area_code)
);
CREATE INDEX sim_swap_coverage_area ON sim_swap_coverage (area_code);

CREATE TABLE sim_swap_request (
    id                UUID         PRIMARY KEY,
    -- A channel re-sending the same request (same key) gets the request already taken.
    idempotency_key   VARCHAR(100) NOT NULL UNIQUE,
    channel           VARCHAR(20)  NOT NULL,
    request_type      VARCHAR(20)  NOT NULL,
    msisdn            VARCHAR(11)  NOT NULL,
    other_network     BOOLEAN      NOT NULL,
    customer_name     VARCHAR(200),
    province_code     VARCHAR(10)  NOT NULL REFERENCES sim_swap_area (code),
    district_code     VARCHAR(10)  REFERENCES sim_swap_area (code),
    ward_code         VARCHAR(10)  REFERENCES sim_swap_area (code),
    street            VARCHAR(300),
    note              VARCHAR(1000),
    team_code         VARCHAR(40)  NOT NULL REFERENCES sim_swap_team (code),
    route             VARCHAR(20)  NOT NULL,
    matched_area_code VARCHAR(10)  NOT NULL REFERENCES sim_swap_area (code),
    authority_name    VARCHAR(200),
    authority_phone   VARCHAR(20),
    status            VARCHAR(20)  NOT NULL,
    received_at       TIMESTAMPTZ  NOT NULL,
    received_by       VARCHAR(100) NOT NULL,
    routed_at         TIMESTAMPTZ  NOT NULL,
    outcome_at        TIMESTAMPTZ,
    outcome_by        VARCHAR(100),
    outcome_note      VARCHAR(1000),
    CHECK ((status = 'OPEN') = (outcome_at IS NULL))
);
CREATE INDEX sim_swap_request_queue ON sim_swap_request (team_code, status, received_at);
CREATE INDEX sim_swap_request_received ON sim_swap_request (received_at);
CREATE INDEX sim_swap_request_msisdn ON sim_swap_request (msisdn);
