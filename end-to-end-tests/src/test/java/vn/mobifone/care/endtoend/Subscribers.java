package vn.mobifone.care.endtoend;

import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.atomic.AtomicInteger;
import vn.mobifone.care.endtoend.PackagedSuite.Service;

/**
 * The subscribers the tests call about, each with a number of its own, put into the lookup the
 * way production gets them: the billing export through {@code POST /subscriber-imports}.
 */
final class Subscribers {

    /** The billing export's columns, as the lookup documents its import. */
    private static final String HEADER = "msisdn,owner_name,payment_type,status,category,device_type,app_installed_on,arpu_vnd,"
            + "loyalty_points,kndl_tier,current_package,main_balance_vnd,sim_4g,vlr_days_last7,province,district,ward,occupation_code,"
            + "churn_risk,commitment_type,company,premium,id_document_number,has_portrait,has_id_front,has_id_back,id_name_matches_owner";
    /** 090 numbers (MobiFone's) from a range of their own: the database is fresh each run. */
    private static final AtomicInteger NEXT = new AtomicInteger(5_100_000);

    private Subscribers() {
    }

    /** Active, prepaid, identity complete, a smartphone without My MobiFone: the one seed 000 consults. */
    static String smartphoneWithoutApp(PackagedSuite suite) {
        String msisdn = nextMsisdn();
        save(suite, msisdn + ",Khách hàng thử nghiệm,PREPAID,ACTIVE_2C,NORMAL,SMARTPHONE,,250000,1200,GOLD,C90N,45000,true,7,"
                + "Hồ Chí Minh,Quận 1,Phường Bến Nghé,4,0.12,KHÔNG CK,,false,079123456789,true,true,true,true");
        return msisdn;
    }

    /** A MobiFone number in the {@code 84} + 9 digits form the services answer with. */
    static String nextMsisdn() {
        return "8490" + NEXT.incrementAndGet();
    }

    /** The national form an agent types: {@code 0} + 9 digits. */
    static String national(String msisdn) {
        return "0" + msisdn.substring(2);
    }

    private static void save(PackagedSuite suite, String row) {
        Api.as(suite, Service.LOOKUP, Api.ADMIN, "billing-export")
                .contentType("text/csv; charset=UTF-8")
                .body(HEADER + "\n" + row + "\n")
                .post("/subscriber-imports")
                .then().statusCode(200).body("imported", equalTo(1));
    }
}
