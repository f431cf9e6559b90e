package vn.mobifone.care.smsgateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.mobifone.care.devstack.testing.CareTestStack;
import vn.mobifone.care.devstack.testing.ServiceFoundationChecks;

/** Boots on the real database and broker, is healthy, serves its contract. The stack serves every test class. */
@QuarkusTest
@WithTestResource(value = CareTestStack.class, initArgs = @ResourceArg(name = "database", value = "sms_gateway"), scope = TestResourceScope.GLOBAL)
class ServiceFoundationTest extends ServiceFoundationChecks {

    ServiceFoundationTest() {
        super("sms-gateway-service");
    }
}
