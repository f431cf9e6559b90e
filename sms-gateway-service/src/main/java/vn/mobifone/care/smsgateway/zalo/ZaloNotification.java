package vn.mobifone.care.smsgateway.zalo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body posted to the notification service. */
record ZaloNotification(
        String phone,
        @JsonProperty("tracking_id") String trackingId,
        @JsonProperty("sender_name") String senderName,
        String text) {
}
