package vn.mobifone.care.consultation.decree49;

import java.util.List;
import vn.mobifone.care.consultation.Script;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * What the agent reads to the customer: {@code say} first, then the {@code steps}, then the
 * {@code notes}; every text in the seed's Vietnamese with an English translation.
 */
public record Decree49Guidance(Msisdn msisdn, String line, Decree49Scenario scenario, boolean complete, boolean goldenNumber,
        boolean smartphone, List<String> missing, Script say, List<Step> steps, List<Script> notes) {
}
