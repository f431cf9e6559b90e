package vn.mobifone.care.smsgateway.message;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.mobifone.care.contracts.events.SmsRequested;
import vn.mobifone.care.contracts.events.Topics;
import vn.mobifone.care.platform.batch.GroupCommit;
import vn.mobifone.care.platform.messaging.DeadLetters;
import vn.mobifone.care.platform.messaging.EventReader;
import vn.mobifone.care.platform.messaging.IdempotentConsumer;
import vn.mobifone.care.platform.messaging.PoisonMessage;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.persistence.LocalTransaction;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceConflict;
import vn.mobifone.care.smsgateway.delivery.Dispatcher;

/**
 * The {@code sms-requested} command topic: the same intake as {@code POST /messages}, a poll at a
 * time. At a steady flow of commands one commit per command was the wall between a consultation
 * and its SMS, so each poll is one local transaction: per command its processed-event row and its
 * message (with the outbox event), in the order of the poll, so that caps count the commands of
 * one subscriber as they came. A command that can never be accepted (unreadable, invalid, refused
 * by a rule such as an unknown template) is rolled back to its own savepoint and parked on
 * {@code sms-requested.dlt} with the reason, and its neighbours commit; a redelivered one changes
 * nothing. When the database itself fails, the poll is not acknowledged: the channel stops (health
 * turns DOWN) and a restart takes it up again from the last committed offset.
 */
@ApplicationScoped
public class SmsRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(SmsRequestedConsumer.class);
    private static final String CONSUMER = Topics.SMS_REQUESTED;
    private static final String REQUESTED_BY = "kafka:" + Topics.SMS_REQUESTED;
    /** A poll that lost a deadlock (with a concurrent request on the same key and subscriber) is taken again. */
    private static final int ATTEMPTS = 3;

    private record Refused(ConsumerRecord<String, String> record, String reason) {
    }

    private record Applied(List<Refused> refused, int created) {
    }

    private final EventReader reader;
    private final IdempotentConsumer idempotent;
    private final MessageIntake intake;
    private final LocalTransaction transaction;
    private final Validator validator;
    private final Dispatcher dispatcher;
    private final DeadLetters deadLetters;

    public SmsRequestedConsumer(EventReader reader, IdempotentConsumer idempotent, MessageIntake intake, LocalTransaction transaction,
            Validator validator, Dispatcher dispatcher, DeadLetters deadLetters) {
        this.reader = reader;
        this.idempotent = idempotent;
        this.intake = intake;
        this.transaction = transaction;
        this.validator = validator;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
    }

    @Incoming(Topics.SMS_REQUESTED)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        if (records.isEmpty()) {
            return;
        }
        Applied applied = applyWithRetry(records);
        // Parked after the commit, before the poll is acknowledged: a poll that did not commit parks nothing.
        applied.refused().forEach(r -> deadLetters.park(r.record(), r.reason()));
        if (applied.created() > 0) {
            dispatcher.wakeUp();
        }
    }

    private Applied applyWithRetry(ConsumerRecords<String, String> records) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.run(connection -> apply(connection, records));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !LostConcurrency.causes(e)) {
                    throw e;
                }
                LOG.warnf("A poll of %d commands lost a deadlock (attempt %d), taking it again", records.count(), attempt);
            }
        }
    }

    private Applied apply(Connection connection, ConsumerRecords<String, String> records) {
        List<Refused> refused = new ArrayList<>();
        int created = 0;
        for (ConsumerRecord<String, String> record : records) {
            SmsRequested command;
            SendRequest request;
            try {
                command = reader.read(record.value(), SmsRequested.class);
                request = toRequest(command);
            } catch (PoisonMessage e) {
                refused.add(new Refused(record, e.getMessage()));
                continue;
            }
            Savepoint savepoint = savepoint(connection);
            try {
                if (idempotent.claim(connection, CONSUMER, command.eventId())
                        && intake.accept(connection, request, REQUESTED_BY, false).created()) {
                    created++;
                }
                release(connection, savepoint);
            } catch (InvalidInput | BusinessRuleViolation | ResourceConflict e) {
                rollback(connection, savepoint);
                refused.add(new Refused(record, "Command " + command.eventId() + " refused: " + e.getMessage()));
            } catch (RuntimeException e) {
                if (!GroupCommit.causedByData(e)) {
                    throw e;
                }
                // The database refused what this command carries; the others of the poll are not at fault.
                rollback(connection, savepoint);
                refused.add(new Refused(record, "Command " + command.eventId() + " refused by the database: " + e.getMessage()));
            }
        }
        return new Applied(refused, created);
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

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("No savepoint for a command", e);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("The savepoint of a command could not be released", e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("A refused command could not be rolled back", e);
        }
    }
}
