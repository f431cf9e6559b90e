package vn.mobifone.care.outboundcampaign.script;

/** The four contents of seed 002's script, in the priority order in which they must be offered. */
public enum ScriptContent {
    B2("loyalty points and gifts"),
    B3("tariff package advice"),
    B4("identity standardisation"),
    B5("customer care: apps and feedback");

    private final String title;

    ScriptContent(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
