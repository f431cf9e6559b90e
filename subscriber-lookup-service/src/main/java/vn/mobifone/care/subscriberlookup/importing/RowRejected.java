package vn.mobifone.care.subscriberlookup.importing;

/** A row of an import that cannot be kept; the import reports it with its line and goes on. */
public class RowRejected extends RuntimeException {

    public RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
