package vn.mobifone.care.consultation.appinstall;

/** Where the consultation is saved: the SMS tool or the consultation website. */
public enum Channel {
    SMS,
    WEB
}
