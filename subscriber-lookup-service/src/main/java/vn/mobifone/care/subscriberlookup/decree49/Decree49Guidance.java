package vn.mobifone.care.subscriberlookup.decree49;

/** What the agent tells a customer whose identity is incomplete (seed 000, the Decree-49 script). */
public enum Decree49Guidance {

    GO_TO_MAIN_STORE("Golden number: the customer must register the information at a main MobiFone store."),
    UPDATE_IN_APP("Smartphone: download My MobiFone (mbf.vn/appdl), open it, choose \"Cập nhật thông tin thuê bao\", "
            + "fill in the information, accept the terms and confirm; a store also works. Complete uploads are approved within 48 h."),
    GO_TO_STORE("Feature phone: the customer registers the information at a MobiFone store; support on 9090.");

    private final String instructions;

    Decree49Guidance(String instructions) {
        this.instructions = instructions;
    }

    public String instructions() {
        return instructions;
    }

    /** Golden numbers go to a main store whatever the device; otherwise the device decides. */
    public static Decree49Guidance forIncomplete(boolean goldenNumber, boolean smartphone) {
        if (goldenNumber) {
            return GO_TO_MAIN_STORE;
        }
        return smartphone ? UPDATE_IN_APP : GO_TO_STORE;
    }
}
