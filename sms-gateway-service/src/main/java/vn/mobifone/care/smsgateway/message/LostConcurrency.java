package vn.mobifone.care.smsgateway.message;

import java.sql.SQLException;

/**
 * A transaction that lost a deadlock or a serialisation conflict against a concurrent one (SQLSTATE
 * 40P01, 40001): nothing it carried is at fault, and taking it again can succeed.
 */
final class LostConcurrency {

    private LostConcurrency() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
