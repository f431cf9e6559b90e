package vn.mobifone.care.outboundcampaign.lists;

import java.util.List;

/** What an uploaded list did: good lines are kept, each bad one is reported with its line number. */
public record ListUpload(long linesRead, long added, long alreadyListed, long rejected, List<LineError> errors) {

    public record LineError(long line, String reason) {
    }
}
