package vn.mobifone.care.consultation.promotion;

import java.time.LocalDate;

/** An entry about the asked service that has ended, so the agent can say so before offering others. */
public record EndedPromotion(String code, String name, LocalDate endedOn) {
}
