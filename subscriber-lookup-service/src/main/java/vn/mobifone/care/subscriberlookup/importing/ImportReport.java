package vn.mobifone.care.subscriberlookup.importing;

import java.util.List;

/** The outcome of an import: good rows are kept, each bad row is listed with its line and reason (up to a cap). */
public record ImportReport(long rowsRead, long imported, long rejected, List<RowError> errors, boolean errorsTruncated, long millis) {

    public record RowError(long line, String reason) {
    }
}
