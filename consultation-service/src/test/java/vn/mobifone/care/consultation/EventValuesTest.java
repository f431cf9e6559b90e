package vn.mobifone.care.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.devstack.testing.EventFields.names;
import static vn.mobifone.care.devstack.testing.EventFields.values;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.consultation.appinstall.Channel;
import vn.mobifone.care.contracts.events.ConsultationRecorded;

/** The values the event contract lists are the ones this service writes or reads: a new constant fails here until the contract has it. */
class EventValuesTest {

    @Test
    void aRecordedConsultationListsTheChannelsAnAgentConsultsOn() {
        assertThat(values(ConsultationRecorded.class, "channel")).containsExactlyElementsOf(names(Channel.class));
    }
}
