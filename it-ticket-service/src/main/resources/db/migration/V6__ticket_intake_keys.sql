-- A retried intake (the web portal, the e-mail gateway) sends the Idempotency-Key of its first
-- attempt and gets the first answer again instead of a second ticket. Keys belong to the caller
-- that chose them; the hash tells a retry from another request sent under a key already used.
CREATE TABLE ticket_intake_key (
    caller          VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    ticket_id       UUID         NOT NULL REFERENCES ticket (id),
    response        TEXT         NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
