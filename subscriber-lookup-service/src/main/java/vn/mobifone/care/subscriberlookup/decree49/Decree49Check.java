package vn.mobifone.care.subscriberlookup.decree49;

import java.util.ArrayList;
import java.util.List;

/** Decree 49: a subscription is complete with a portrait, both sides of the ID card, in the owner's name. */
public record Decree49Check(List<MissingIdentity> missing) {

    public Decree49Check {
        missing = List.copyOf(missing);
    }

    public static Decree49Check of(IdentityDocuments documents) {
        List<MissingIdentity> missing = new ArrayList<>();
        if (!documents.portrait()) {
            missing.add(MissingIdentity.PORTRAIT);
        }
        if (!documents.idFront()) {
            missing.add(MissingIdentity.ID_FRONT);
        }
        if (!documents.idBack()) {
            missing.add(MissingIdentity.ID_BACK);
        }
        if (!documents.nameMatchesOwner()) {
            missing.add(MissingIdentity.OWNER_NAME);
        }
        return new Decree49Check(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
