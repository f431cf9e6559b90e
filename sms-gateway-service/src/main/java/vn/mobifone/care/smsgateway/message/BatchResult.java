package vn.mobifone.care.smsgateway.message;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch did: the counts, and one answer per message in the order of the request. */
@Schema(name = "BatchResult")
public record BatchResult(int accepted, int duplicates, int refused, List<BatchItem> items) {

    static BatchResult of(List<BatchItem> items) {
        int accepted = 0;
        int duplicates = 0;
        int refused = 0;
        for (BatchItem item : items) {
            switch (item.outcome()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REFUSED -> refused++;
            }
        }
        return new BatchResult(accepted, duplicates, refused, items);
    }
}
