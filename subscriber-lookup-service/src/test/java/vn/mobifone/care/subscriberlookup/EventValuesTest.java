package vn.mobifone.care.subscriberlookup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.devstack.testing.EventFields.names;
import static vn.mobifone.care.devstack.testing.EventFields.values;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.AgentStatusChanged;
import vn.mobifone.care.contracts.events.AppInstallationReported;
import vn.mobifone.care.contracts.events.AppInstalled;
import vn.mobifone.care.contracts.events.PersonalDataAccessed;
import vn.mobifone.care.contracts.events.SubscriberChanged;
import vn.mobifone.care.subscriberlookup.agents.AgentRole;
import vn.mobifone.care.subscriberlookup.agents.AgentStatus;
import vn.mobifone.care.subscriberlookup.appinstall.AppPlatform;
import vn.mobifone.care.subscriberlookup.audit.AccessView;
import vn.mobifone.care.subscriberlookup.subscriber.DeviceType;
import vn.mobifone.care.subscriberlookup.subscriber.IdentityStandardisation;
import vn.mobifone.care.subscriberlookup.subscriber.PaymentType;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberCategory;
import vn.mobifone.care.subscriberlookup.subscriber.SubscriberStatus;

/** The values the event contract lists are the ones this service writes or reads: a new constant fails here until the contract has it. */
class EventValuesTest {

    @Test
    void theSubscriberFeedListsTheStatesOfTheBase() {
        assertThat(values(SubscriberChanged.class, "paymentType")).containsExactlyElementsOf(names(PaymentType.class));
        assertThat(values(SubscriberChanged.class, "status")).containsExactlyElementsOf(names(SubscriberStatus.class));
        assertThat(values(SubscriberChanged.class, "category")).containsExactlyElementsOf(names(SubscriberCategory.class));
        assertThat(values(SubscriberChanged.class, "deviceType")).containsExactlyElementsOf(names(DeviceType.class));
        assertThat(values(SubscriberChanged.class, "identityState")).containsExactlyElementsOf(names(IdentityStandardisation.class));
    }

    @Test
    void theTopicsItReadsListWhatItTakes() {
        assertThat(values(AppInstallationReported.class, "platform")).containsExactlyElementsOf(names(AppPlatform.class));
        assertThat(values(AppInstalled.class, "platform")).containsExactlyElementsOf(names(AppPlatform.class));
        assertThat(values(PersonalDataAccessed.class, "view")).containsExactlyElementsOf(names(AccessView.class));
        assertThat(values(PersonalDataAccessed.class, "outcome")).containsExactly(PersonalDataAccessed.READ, PersonalDataAccessed.REFUSED);
    }

    @Test
    void theDirectoryFeedListsRolesAndStatuses() {
        assertThat(values(AgentStatusChanged.class, "role")).containsExactlyElementsOf(names(AgentRole.class));
        assertThat(values(AgentStatusChanged.class, "status")).containsExactlyElementsOf(names(AgentStatus.class));
    }
}
