package vn.mobifone.care.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on the suite's topics carries. The Kafka record key is {@link #key()}, so all
 * events of one subscriber (or one ticket) stay ordered on one partition.
 */
public interface CareEvent {

    UUID eventId();

    Instant occurredAt();

    /** Schema version of the payload; consumers ignore fields they do not know. */
    int version();

    /** The Kafka record key: usually the MSISDN, or the ticket id. */
    String key();
}
