package vn.mobifone.care.smsgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mobifone.care.devstack.testing.EventFields.names;
import static vn.mobifone.care.devstack.testing.EventFields.values;

import org.junit.jupiter.api.Test;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.SmsStatusChanged;
import vn.mobifone.care.smsgateway.message.Category;
import vn.mobifone.care.smsgateway.message.Channel;
import vn.mobifone.care.smsgateway.message.MessageStatus;

/** The values the event contract lists are the ones this service writes or reads: a new constant fails here until the contract has it. */
class EventValuesTest {

    @Test
    void commandsAndStatusesListTheGatewaysChannelsCategoriesAndStates() {
        assertThat(values(SmsRequested.class, "channel")).containsExactlyElementsOf(names(Channel.class));
        assertThat(values(SmsRequested.class, "category")).containsExactlyElementsOf(names(Category.class));
        assertThat(values(SmsStatusChanged.class, "channel")).containsExactlyElementsOf(names(Channel.class));
        assertThat(values(SmsStatusChanged.class, "status")).containsExactlyElementsOf(names(MessageStatus.class));
    }
}
