package vn.mobifone.care.smsgateway.zalo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Zalo answers HTTP 200 with {@code error} 0 and the message id, or a negative error code. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ZaloAnswer(int error, String message, Data data) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(@JsonProperty("msg_id") String msgId) {
    }
}
