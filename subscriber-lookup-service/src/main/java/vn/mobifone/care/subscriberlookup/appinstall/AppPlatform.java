package vn.mobifone.care.subscriberlookup.appinstall;

public enum AppPlatform {
    ANDROID,
    IOS
}
