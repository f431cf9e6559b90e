package vn.mobifone.care.subscriberlookup.occupation;

import java.time.Instant;

/**
 * The call an occupation is collected on, as the agent's frontend knows it: the switch's call id
 * (the same one the lookup and the Decree-49 acknowledgement carry) and when the call started.
 */
public record OccupationCall(String callId, Instant startedAt) {
}
