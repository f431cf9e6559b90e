-- SMSC message ids are unique only per SMSC account and only for a while: an SMSC restarts its
-- counter, short numeric ids wrap. A part is therefore keyed by its own id; the SMSC's id is
-- unique only among the parts still waiting for a receipt on the same account.
ALTER TABLE message_part DROP CONSTRAINT message_part_pkey;
ALTER TABLE message_part ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
-- Parts written before accounts were recorded came from the configured bind.
ALTER TABLE message_part ADD COLUMN smsc_account VARCHAR(100);
UPDATE message_part SET smsc_account = CASE WHEN smsc_message_id LIKE 'zalo-%' THEN 'zalo' ELSE '${smsc_account}' END;
ALTER TABLE message_part ALTER COLUMN smsc_account SET NOT NULL;
ALTER TABLE message_part DROP CONSTRAINT IF EXISTS message_part_state_check;
ALTER TABLE message_part ADD CONSTRAINT message_part_state_check
    CHECK (state IN ('SUBMITTED', 'DELIVERED', 'FAILED', 'EXPIRED'));

CREATE UNIQUE INDEX message_part_open_smsc_id ON message_part (smsc_account, smsc_message_id) WHERE state = 'SUBMITTED';
-- What the receipt-validity sweep reads: the open parts, oldest first.
CREATE INDEX message_part_open_since ON message_part (submitted_at) WHERE state = 'SUBMITTED';

-- A receipt belongs to the account whose bind it came on, and counts only for a part submitted
-- before it arrived: a receipt left from an earlier run can never complete today's part.
ALTER TABLE delivery_receipt DROP CONSTRAINT delivery_receipt_pkey;
ALTER TABLE delivery_receipt ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE delivery_receipt ADD COLUMN smsc_account VARCHAR(100);
UPDATE delivery_receipt SET smsc_account = '${smsc_account}';
ALTER TABLE delivery_receipt ALTER COLUMN smsc_account SET NOT NULL;
CREATE INDEX delivery_receipt_by_smsc_id ON delivery_receipt (smsc_account, smsc_message_id, received_at);
CREATE INDEX delivery_receipt_by_age ON delivery_receipt (received_at);
