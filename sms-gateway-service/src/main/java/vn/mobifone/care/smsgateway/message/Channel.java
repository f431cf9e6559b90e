package vn.mobifone.care.smsgateway.message;

/** Where a message goes: the operator's SMSC over SMPP, or Zalo's notification service. */
public enum Channel {
    SMS,
    ZALO
}
