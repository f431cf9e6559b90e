package vn.mobifone.care.consultation.promotion;

/** A promotion (KM) the subscriber may receive, or a customer-care programme (CSKH) offered when no promotion applies. */
public enum PromotionKind {
    PROMOTION,
    CARE_PROGRAMME
}
