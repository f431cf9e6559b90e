package vn.mobifone.care.consultation.vip;

import java.time.Instant;

public record VipStepView(Instant at, String actor, String step, VipState state, String note) {

    static VipStepView of(VipRequestStep s) {
        return new VipStepView(s.at, s.actor, s.step, s.state, s.note);
    }
}
