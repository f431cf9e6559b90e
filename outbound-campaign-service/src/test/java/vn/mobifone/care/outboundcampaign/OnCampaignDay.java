package vn.mobifone.care.outboundcampaign;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.mobifone.care.platform.time.CareClock;

/**
 * Tests of the campaign's working day: each test starts on {@link Fixtures#CAMPAIGN_DAY} (inside
 * the campaign's dates and calling hours) and gives the clock back to the next class.
 */
public abstract class OnCampaignDay {

    @Inject
    protected CareClock clock;

    @BeforeEach
    void campaignDay() {
        clock.setTo(Fixtures.CAMPAIGN_DAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
