package vn.mobifone.care.outboundcampaign.campaign;

/** Exclusion lists are named in kebab case, as campaigns refer to them. */
public final class ListNames {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,59}";

    private ListNames() {
    }
}
