-- This service's own copy of the subscriber base, kept from the compacted subscriber-changed topic.
-- A row is replaced only by an event at least as recent as the one it holds, so a redelivered or
-- replayed event changes nothing.

CREATE TABLE subscriber (
    msisdn               VARCHAR(11)      PRIMARY KEY,
    owner_name           VARCHAR(300),
    payment_type         VARCHAR(10)      NOT NULL,
    status               VARCHAR(20)      NOT NULL,
    two_way_active       BOOLEAN          NOT NULL,
    device_type          VARCHAR(20)      NOT NULL,
    app_installed        BOOLEAN          NOT NULL,
    arpu_vnd             BIGINT           NOT NULL,
    loyalty_points       BIGINT           NOT NULL,
    kndl_tier            VARCHAR(20),
    kndl_member          BOOLEAN          NOT NULL,
    current_package      VARCHAR(40),
    main_balance_vnd     BIGINT           NOT NULL,
    sim_4g               BOOLEAN          NOT NULL,
    vlr_days_last7       SMALLINT         NOT NULL,
    province             VARCHAR(100),
    district             VARCHAR(100),
    ward                 VARCHAR(100),
    churn_risk           DOUBLE PRECISION NOT NULL,
    premium              BOOLEAN          NOT NULL,
    identity_state       VARCHAR(20),
    joined_points_2022   BOOLEAN          NOT NULL,
    mvas_unused_2m       TEXT[]           NOT NULL,
    mnp_out              BOOLEAN          NOT NULL,
    event_version        SMALLINT         NOT NULL,
    changed_at           TIMESTAMPTZ      NOT NULL,
    event_id             UUID             NOT NULL
);
