package vn.mobifone.care.smsgateway.message;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.IdempotentConsumer;
import vn.mobifone.care.platform.messaging.PoisonMessage;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.smsgateway.delivery.Dispatcher;

/**
 * The {@code sms-requested} command topic: the same intake as {@code POST /messages}. A command
 * that can never be accepted (unreadable, invalid, unknown template) is poison and goes to
 * {@code sms-requested.dlt}; a redelivered one changes nothing.
 */
@ApplicationScoped
public class SmsRequestedConsumer {

    private static final String CONSUMER = Topics.SMS_REQUESTED;
    private static final String REQUESTED_BY = "kafka:" + Topics.SMS_REQUESTED;

    private final EventReader reader;
    private final IdempotentConsumer idempotent;
    private final MessageIntake intake;
    private final Validator validator;
    private final Dispatcher dispatcher;

    public SmsRequestedConsumer(EventReader reader, IdempotentConsumer idempotent, MessageIntake intake, Validator validator,
            Dispatcher dispatcher) {
        this.reader = reader;
        this.idempotent = idempotent;
        this.intake = intake;
        this.validator = validator;
        this.dispatcher = dispatcher;
    }

    @Incoming(Topics.SMS_REQUESTED)
    @Blocking
    public void on(String value) {
        SmsRequested command = reader.read(value, SmsRequested.class);
        SendRequest request = toRequest(command);
        try {
            // One JTA transaction for the processed-event row and the message (with its outbox event).
            idempotent.processOnce(CONSUMER, command.eventId(), () -> intake.acceptInTransaction(request, REQUESTED_BY, false));
        } catch (InvalidInput | BusinessRuleViolation | ResourceConflict e) {
            throw new PoisonMessage("Command " + command.eventId() + " refused: " + e.getMessage(), e);
        }
        dispatcher.wakeUp();
    }

    private SendRequest toRequest(SmsRequested c) {
        SendRequest request;
        try {
            request = new SendRequest(c.idempotencyKey(), Msisdn.parse(c.msisdn()), c.templateId(), c.parameters(), null,
                    Channel.valueOf(c.channel()), c.campaignId(), Category.valueOf(c.category()), c.priority(), c.validityMinutes(),
                    c.scheduledAt());
        } catch (RuntimeException e) {
            throw new PoisonMessage("Command " + c.eventId() + " is invalid: " + e.getMessage(), e);
        }
        Set<ConstraintViolation<SendRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new PoisonMessage("Command " + c.eventId() + " is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining(", ")), null);
        }
        return request;
    }
}
