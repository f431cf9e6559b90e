package vn.mobifone.care.subscriberlookup.subscriber;

public enum DeviceType {
    SMARTPHONE,
    FEATURE_PHONE
}
