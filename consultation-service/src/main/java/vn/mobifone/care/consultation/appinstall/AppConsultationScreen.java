package vn.mobifone.care.consultation.appinstall;

import java.time.LocalDate;
import java.util.List;
import vn.mobifone.care.consultation.Script;
import vn.mobifone.care.platform.msisdn.Msisdn;

/**
 * What the agent's screen shows for a subscriber during a call: the device, the app, the consult
 * box, the history of consultations (newest first); the app's features to present when the app is
 * installed, the introduction to read when the box is available.
 */
public record AppConsultationScreen(Msisdn msisdn, boolean smartphone, boolean appInstalled, LocalDate appInstalledOn, ConsultBox box,
        List<Script> appFeatures, Script pitch, List<ConsultationView> history) {
}
