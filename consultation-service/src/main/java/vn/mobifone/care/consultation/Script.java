package vn.mobifone.care.consultation;

/** A text the agent reads: the seed's Vietnamese wording, and an English translation for everyone else. */
public record Script(String vi, String en) {
}
