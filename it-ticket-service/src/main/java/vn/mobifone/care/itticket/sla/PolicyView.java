package vn.mobifone.care.itticket.sla;

import java.time.Instant;
import vn.mobifone.care.itticket.ticket.RequestType;

public record PolicyView(
        RequestType requestType,
        int version,
        int regionalBudgetMinutes,
        int itCentreBudgetMinutes,
        int totalBudgetMinutes,
        int warningPercent,
        String calendar,
        boolean current,
        Instant createdAt,
        String createdBy) {

    static PolicyView of(SlaPolicyRow row, String calendarCode) {
        return new PolicyView(row.requestType, row.version, row.regionalBudgetMinutes, row.itCentreBudgetMinutes,
                row.totalBudgetMinutes, row.warningPercent, calendarCode, row.currentVersion, row.createdAt, row.createdBy);
    }
}
