package vn.mobifone.care.subscriberlookup.subscriber;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one mapping of a {@code subscriber} row to a {@link Subscriber} in plain JDBC: each column is
 * named once, beside the field it fills, and the select list is made from those names, so a read can
 * neither shift a column onto the wrong field nor leave a new one out unnoticed
 * ({@code SubscriberRowsTest} compares it with the table and with the entity's own mapping).
 */
public final class SubscriberRows {

    @FunctionalInterface
    private interface Field {
        void read(ResultSet row, int index, Subscriber s) throws SQLException;
    }

    private record Column(String name, Field field) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("msisdn", (r, i, s) -> s.msisdn = r.getString(i)),
            new Column("owner_name", (r, i, s) -> s.ownerName = r.getString(i)),
            new Column("payment_type", (r, i, s) -> s.paymentType = PaymentType.valueOf(r.getString(i))),
            new Column("status", (r, i, s) -> s.status = SubscriberStatus.valueOf(r.getString(i))),
            new Column("category", (r, i, s) -> s.category = SubscriberCategory.valueOf(r.getString(i))),
            new Column("device_type", (r, i, s) -> s.deviceType = DeviceType.valueOf(r.getString(i))),
            new Column("app_installed_on", (r, i, s) -> s.appInstalledOn = r.getObject(i, LocalDate.class)),
            new Column("arpu_vnd", (r, i, s) -> s.arpuVnd = r.getLong(i)),
            new Column("loyalty_points", (r, i, s) -> s.loyaltyPoints = r.getLong(i)),
            new Column("kndl_tier", (r, i, s) -> s.kndlTier = r.getString(i)),
            new Column("current_package", (r, i, s) -> s.currentPackage = r.getString(i)),
            new Column("main_balance_vnd", (r, i, s) -> s.mainBalanceVnd = r.getLong(i)),
            new Column("sim_4g", (r, i, s) -> s.sim4g = r.getBoolean(i)),
            new Column("vlr_days_last7", (r, i, s) -> s.vlrDaysLast7 = r.getShort(i)),
            new Column("province", (r, i, s) -> s.province = r.getString(i)),
            new Column("district", (r, i, s) -> s.district = r.getString(i)),
            new Column("ward", (r, i, s) -> s.ward = r.getString(i)),
            new Column("occupation_code", (r, i, s) -> {
                short code = r.getShort(i);
                s.occupationCode = r.wasNull() ? null : code;
            }),
            new Column("churn_risk", (r, i, s) -> s.churnRisk = r.getDouble(i)),
            new Column("commitment_type", (r, i, s) -> s.commitmentType = r.getString(i)),
            new Column("company", (r, i, s) -> s.company = r.getString(i)),
            new Column("premium", (r, i, s) -> s.premium = r.getBoolean(i)),
            new Column("id_document_number", (r, i, s) -> s.idDocumentNumber = r.getString(i)),
            new Column("has_portrait", (r, i, s) -> s.hasPortrait = r.getBoolean(i)),
            new Column("has_id_front", (r, i, s) -> s.hasIdFront = r.getBoolean(i)),
            new Column("has_id_back", (r, i, s) -> s.hasIdBack = r.getBoolean(i)),
            new Column("id_name_matches_owner", (r, i, s) -> s.idNameMatchesOwner = r.getBoolean(i)),
            new Column("joined_points_2022", (r, i, s) -> s.joinedPointsProgramme2022 = r.getBoolean(i)),
            new Column("mvas_unused_2m", (r, i, s) -> s.mvasUnusedTwoMonths = r.getString(i)),
            new Column("mnp_out", (r, i, s) -> s.mnpOut = r.getBoolean(i)),
            new Column("updated_at", (r, i, s) -> {
                Timestamp at = r.getTimestamp(i);
                s.updatedAt = at == null ? null : at.toInstant();
            }),
            new Column("version", (r, i, s) -> s.version = r.getLong(i)));

    /** The columns to select, in the order {@link #read} takes them. */
    public static final String SELECT = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));

    private SubscriberRows() {
    }

    /** The subscriber of the current row of a result that selected {@link #SELECT}; detached, not to be persisted. */
    public static Subscriber read(ResultSet row) throws SQLException {
        Subscriber s = new Subscriber();
        for (int i = 0; i < COLUMNS.size(); i++) {
            COLUMNS.get(i).field().read(row, i + 1, s);
        }
        return s;
    }

    /** The column names, for the test that holds them against the table. */
    public static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }
}
