package vn.mobifone.care.consultation.vip;

import java.util.Map;
import vn.mobifone.care.platform.problem.ResourceConflict;

/** Which action moves a request from which state, and where to. */
final class VipLifecycle {

    private record Move(VipState from, VipState to) {
    }

    private static final Map<VipAction, Move> MOVES = Map.of(
            VipAction.EXECUTE, new Move(VipState.VERIFIED, VipState.EXECUTED),
            VipAction.RESULT_CALLED_BACK, new Move(VipState.EXECUTED, VipState.CLOSED),
            VipAction.QUALITY_MANAGEMENT_CONFIRMED, new Move(VipState.QUALITY_MANAGEMENT, VipState.VERIFIED),
            VipAction.QUALITY_MANAGEMENT_DECLINED, new Move(VipState.QUALITY_MANAGEMENT, VipState.CLOSED),
            VipAction.MISMATCH_CALLED_BACK, new Move(VipState.MISMATCH_CALLBACK, VipState.CLOSED));

    private VipLifecycle() {
    }

    static VipState after(VipState from, VipAction action) {
        Move move = MOVES.get(action);
        if (move.from() != from) {
            throw new ResourceConflict("invalid-transition", "A " + from + " request cannot take " + action
                    + " (it needs a " + move.from() + " request)");
        }
        return move.to();
    }

    static void requireReceived(VipState state) {
        if (state != VipState.RECEIVED) {
            throw new ResourceConflict("already-checked", "The after-call check has already run; the request is " + state);
        }
    }
}
