package vn.mobifone.care.subscriberlookup.decree49;

/** What billing holds of the owner's identity: the three photos Decree 49 requires, and the name check. */
public record IdentityDocuments(boolean portrait, boolean idFront, boolean idBack, boolean nameMatchesOwner) {
}
