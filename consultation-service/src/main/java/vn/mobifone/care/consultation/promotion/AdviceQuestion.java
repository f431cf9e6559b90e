package vn.mobifone.care.consultation.promotion;

/**
 * What the customer asked and what the agent noticed. {@code service} is the service asked about
 * (null: promotions in general); {@code callerPremium} is set when a premium customer calls about
 * another number.
 */
public record AdviceQuestion(String service, String line, boolean difficultCustomer, boolean noPurpose, boolean callerPremium) {

    public static final String PREMIUM_LINE = "18001090";
}
