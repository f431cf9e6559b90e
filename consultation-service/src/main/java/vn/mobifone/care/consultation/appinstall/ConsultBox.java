package vn.mobifone.care.consultation.appinstall;

import java.time.Instant;

/**
 * The consult box: its state, and what the state needs said — the refusal's reason and the line to
 * transfer to, or the channel holding the lock and when the box re-opens.
 */
public record ConsultBox(BoxState state, String reason, String detail, String transferTo, Channel lockedBy, Instant reopensAt) {

    static ConsultBox of(BoxState state) {
        return new ConsultBox(state, null, null, null, null, null);
    }

    static ConsultBox notEligible(Refusal refusal) {
        return new ConsultBox(BoxState.NOT_ELIGIBLE, refusal.reason(), refusal.detail(), refusal.transferTo(), null, null);
    }

    static ConsultBox locked(ChannelLock.Holder holder) {
        return new ConsultBox(BoxState.LOCKED, "channel-locked", "Consulted through " + holder.channel() + "; re-opens at "
                + holder.opensAt() + " unless the app is installed first", null, holder.channel(), holder.opensAt());
    }
}
