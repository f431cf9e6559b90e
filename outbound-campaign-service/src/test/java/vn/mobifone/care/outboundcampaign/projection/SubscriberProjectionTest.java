package vn.mobifone.care.outboundcampaign.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.devstack.testing.KafkaProbe;
import vn.mobifone.care.outboundcampaign.Fixtures;
import vn.mobifone.care.outboundcampaign.Fixtures.Subscriber;

@QuarkusTest
class SubscriberProjectionTest {

    @Inject
    SubscriberProjection projection;

    @Test
    void aVersion2EventIsProjectedWithTheCampaignFields() {
        Subscriber s = Fixtures.subscriber().with(x -> {
            x.joined2022 = true;
            x.mvas = java.util.List.of("FUNRING", "MCLIP");
            x.mnpOut = true;
            x.mainBalanceVnd = 12_345;
        });
        Fixtures.project(s);

        assertThat(Fixtures.queryOne("SELECT joined_points_2022 AND mnp_out AND two_way_active FROM subscriber WHERE msisdn = ?", s.msisdn))
                .isEqualTo(true);
        assertThat(Fixtures.queryOne("SELECT array_to_string(mvas_unused_2m, ';') FROM subscriber WHERE msisdn = ?", s.msisdn))
                .isEqualTo("FUNRING;MCLIP");
        assertThat(Fixtures.queryOne("SELECT main_balance_vnd FROM subscriber WHERE msisdn = ?", s.msisdn)).isEqualTo(12_345L);
        assertThat(Fixtures.queryOne("SELECT owner_name FROM subscriber WHERE msisdn = ?", s.msisdn)).isEqualTo(Fixtures.OWNER);
    }

    @Test
    void aVersion1EventStillProjectsItsTwoWayStatusFollowsFromTheStatus() {
        String msisdn = Fixtures.nextMsisdn();
        SubscriberChanged v1 = new SubscriberChanged(UUID.randomUUID(), Instant.parse("2026-10-01T00:00:00Z"), 1, msisdn, "PREPAID",
                "ACTIVE_2C", "NORMAL", "SMARTPHONE", false, null, 210_000, 100, null, null, false, 5, "Cần Thơ", "Cái Răng", null, 0.2,
                false, true);
        Fixtures.send(v1);

        await().atMost(Fixtures.WAIT).until(() -> Fixtures.projectedEventId(msisdn).equals(v1.eventId().toString()));
        assertThat(Fixtures.queryOne("SELECT two_way_active FROM subscriber WHERE msisdn = ?", msisdn)).isEqualTo(true);
        assertThat(Fixtures.queryOne("SELECT kndl_member OR joined_points_2022 OR mnp_out FROM subscriber WHERE msisdn = ?", msisdn))
                .isEqualTo(false);
        assertThat(Fixtures.queryOne("SELECT event_version FROM subscriber WHERE msisdn = ?", msisdn)).isEqualTo(1);
    }

    @Test
    void aVersion2EventStillProjectsItsTierAndPortingOutFromTheOldFieldNames() {
        String msisdn = Fixtures.nextMsisdn();
        SubscriberChanged v2 = new SubscriberChanged(UUID.randomUUID(), Instant.parse("2026-10-01T00:00:00Z"), 2, msisdn, "PREPAID",
                "ACTIVE_2C", "NORMAL", "SMARTPHONE", false, null, 210_000, 100, "GOLD", null, false, 5, "Cần Thơ", "Cái Răng", "4", 0.2,
                false, true, Fixtures.OWNER, "Phường 1", 0, true, "STANDARDISED", true, false, List.of(), true);
        Fixtures.send(v2);

        await().atMost(Fixtures.WAIT).until(() -> Fixtures.projectedEventId(msisdn).equals(v2.eventId().toString()));
        assertThat(Fixtures.queryOne("SELECT kndl_tier FROM subscriber WHERE msisdn = ?", msisdn)).isEqualTo("GOLD");
        assertThat(Fixtures.queryOne("SELECT mnp_out FROM subscriber WHERE msisdn = ?", msisdn)).isEqualTo(true);
        assertThat(Fixtures.queryOne("SELECT event_version FROM subscriber WHERE msisdn = ?", msisdn)).isEqualTo(2);
    }

    @Test
    void aVersion3EventIsProjectedFromItsRestSpelling() {
        Subscriber s = Fixtures.subscriber().with(x -> {
            x.kndlTier = "DIAMOND";
            x.mnpOut = true;
        });
        SubscriberChanged v3 = s.event();
        // Fields of the older spelling that disagree show which of the two the projection reads.
        SubscriberChanged stale = new SubscriberChanged(v3.eventId(), v3.occurredAt(), 3, v3.msisdn(), v3.paymentType(), v3.status(),
                v3.category(), v3.deviceType(), v3.appInstalled(), v3.appInstalledOn(), v3.arpuVnd(), v3.loyaltyPoints(), "SILVER",
                v3.currentPackage(), v3.sim4g(), v3.vlrDaysLast7(), v3.province(), v3.district(), v3.occupationCode(), v3.churnRisk(),
                v3.premium(), v3.decree49Complete(), v3.ownerName(), v3.ward(), v3.mainBalanceVnd(), v3.twoWayActive(),
                v3.identityState(), v3.kndlMember(), v3.joinedPointsProgramme2022(), v3.mvasUnusedTwoMonths(), false, "DIAMOND",
                v3.occupation(), true);
        Fixtures.send(stale);

        await().atMost(Fixtures.WAIT).until(() -> Fixtures.projectedEventId(s.msisdn).equals(stale.eventId().toString()));
        assertThat(Fixtures.queryOne("SELECT kndl_tier FROM subscriber WHERE msisdn = ?", s.msisdn)).isEqualTo("DIAMOND");
        assertThat(Fixtures.queryOne("SELECT mnp_out FROM subscriber WHERE msisdn = ?", s.msisdn)).isEqualTo(true);
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        Subscriber s = Fixtures.subscriber().arpu(500_000).with(x -> x.occurredAt = Instant.parse("2026-10-10T00:00:00Z"));
        SubscriberChanged current = s.event();
        Fixtures.send(current);
        await().atMost(Fixtures.WAIT).until(() -> Fixtures.projectedEventId(s.msisdn).equals(current.eventId().toString()));

        SubscriberChanged older = s.arpu(100_000).with(x -> x.occurredAt = Instant.parse("2026-10-05T00:00:00Z")).event();
        assertThat(projection.apply(older)).isFalse();
        assertThat(projection.apply(current)).as("the same event again").isFalse();
        assertThat(Fixtures.queryOne("SELECT arpu_vnd FROM subscriber WHERE msisdn = ?", s.msisdn)).isEqualTo(500_000L);

        SubscriberChanged newer = s.arpu(777_000).with(x -> x.occurredAt = Instant.parse("2026-10-11T00:00:00Z")).event();
        assertThat(projection.apply(newer)).isTrue();
        assertThat(Fixtures.queryOne("SELECT arpu_vnd FROM subscriber WHERE msisdn = ?", s.msisdn)).isEqualTo(777_000L);
    }

    @Test
    void anUnreadableEventIsParkedOnTheDeadLetterTopic() {
        try (KafkaProbe dlt = KafkaProbe.watch(Topics.deadLetter(Topics.SUBSCRIBER_CHANGED))) {
            String key = Fixtures.nextMsisdn();
            KafkaProbe.send(Topics.SUBSCRIBER_CHANGED, key, "{not json");
            assertThat(dlt.awaitRecord(r -> key.equals(r.key()), Fixtures.WAIT).value()).isEqualTo("{not json");
        }
        Subscriber after = Fixtures.subscriber();
        Fixtures.project(after);
    }

    @Test
    void anEventTheDatabaseRefusesIsParkedAloneAndItsNeighboursInThePollAreProjected() {
        Subscriber before = Fixtures.subscriber();
        Subscriber refused = Fixtures.subscriber().with(x -> x.ward = "P".repeat(150));
        Subscriber after = Fixtures.subscriber();
        try (KafkaProbe dlt = KafkaProbe.watch(Topics.deadLetter(Topics.SUBSCRIBER_CHANGED))) {
            Fixtures.send(before.event());
            Fixtures.send(refused.event());
            Fixtures.send(after.event());

            var parked = dlt.awaitRecord(r -> refused.msisdn.equals(r.key()), Fixtures.WAIT);
            assertThat(KafkaProbe.header(parked, "dead-letter-reason")).contains("value too long");
            assertThat(KafkaProbe.header(parked, "dead-letter-topic")).isEqualTo(Topics.SUBSCRIBER_CHANGED);
        }
        await().atMost(Fixtures.WAIT).until(() -> !Fixtures.projectedEventId(before.msisdn).isEmpty()
                && !Fixtures.projectedEventId(after.msisdn).isEmpty());
        assertThat(Fixtures.projectedEventId(refused.msisdn)).isEmpty();
    }

    @Test
    void eventsAppliedTogetherKeepTheNewestPerSubscriber() {
        Subscriber s = Fixtures.subscriber();
        SubscriberChanged older = s.arpu(100_000).with(x -> x.occurredAt = Instant.parse("2026-10-05T00:00:00Z")).event();
        SubscriberChanged newer = s.arpu(300_000).with(x -> x.occurredAt = Instant.parse("2026-10-06T00:00:00Z")).event();

        assertThat(projection.applyAll(java.util.List.of(newer, older))).isEqualTo(1);
        assertThat(Fixtures.queryOne("SELECT arpu_vnd FROM subscriber WHERE msisdn = ?", s.msisdn)).isEqualTo(300_000L);
    }
}
