package vn.mobifone.care.outboundcampaign.simswap.area;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Good lines are kept; each bad line is listed with its number (the header is line 1) and why. */
public record AreaImportReport(int linesRead, int imported, int rejected, List<LineError> errors) {

    @Schema(name = "AreaImportLineError")
    public record LineError(int line, String reason) {
    }
}
