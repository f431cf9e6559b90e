package vn.mobifone.care.consultation.decree49;

/** One numbered step the agent walks the customer through, in Vietnamese as the seed words it and in English. */
public record Step(int step, String vi, String en) {
}
