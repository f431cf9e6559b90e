package vn.mobifone.care.smsgateway.message;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Connection;
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
import vn.mobifone.care.platform.persistence.Savepoints;
import vn.mobifone.care.smsgateway.delivery.Dispatcher;

/**
 * The {@code sms-requested} command topic: the same intake as {@code POST /messages}, a poll at a
 * time. At a steady flow of commands one commit per command was the wall between a consultation
 * and its SMS, so each poll is one local transaction: per command its processed-event row and its
 * message (with the outbox event), in the order of the poll, so that caps count the commands of
 * one subscriber as they came, all of the poll's messages taken together by the intake
 * ({@link MessageIntake#accept(Connection, List)}). A command that can never be accepted
 * (unreadable, invalid, refused by a rule such as an unknown template) writes nothing and is
 * parked on {@code sms-requested.dlt} with the reason, and its neighbours commit; a redelivered
 * one changes nothing. One whose data the database refuses
 * aborts the transaction: the poll is then applied again with a savepoint per command, and only
 * that one is rolled back and parked. When the database itself fails, the poll is not acknowledged: the channel stops (health
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
        boolean savepoints = false;
        for (int attempt = 1; ; attempt++) {
            boolean careful = savepoints;
            try {
                return transaction.run(connection -> apply(connection, records, careful));
            } catch (RuntimeException e) {
                if (!careful && GroupCommit.causedByData(e)) {
                    // One command carries what the database refuses: find it, command by command.
                    savepoints = true;
                } else if (attempt >= ATTEMPTS || !LostConcurrency.causes(e)) {
                    throw e;
                } else {
                    LOG.warnf("A poll of %d commands lost a deadlock (attempt %d), taking it again", records.count(), attempt);
                }
            }
        }
    }

    /** A readable command of the poll, as the intake takes it. */
    private record Command(ConsumerRecord<String, String> record, SmsRequested event, GroupIntake.Entry entry) {
    }

    private Applied apply(Connection connection, ConsumerRecords<String, String> records, boolean savepoints) {
        List<Refused> refused = new ArrayList<>();
        List<Command> commands = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                SmsRequested event = reader.read(record.value(), SmsRequested.class);
                commands.add(new Command(record, event, new GroupIntake.Entry(toRequest(event), REQUESTED_BY, false)));
            } catch (PoisonMessage e) {
                refused.add(new Refused(record, e.getMessage()));
            }
        }
        int created = savepoints ? applyOneByOne(connection, commands, refused) : applyTogether(connection, commands, refused);
        return new Applied(refused, created);
    }

    /**
     * The commands of the poll through the intake at once; then the processed-event rows of those
     * it took (accepted, rejected by a cap or an opt-out, or already there). One refused by a rule
     * wrote nothing and leaves no row, so a redelivery is parked again. A command already
     * processed finds its message by its idempotency key and changes nothing.
     */
    private int applyTogether(Connection connection, List<Command> commands, List<Refused> refused) {
        int created = intake.accept(connection, commands.stream().map(Command::entry).toList());
        for (Command command : commands) {
            if (command.entry().refusal != null) {
                refused.add(refusedByRule(command));
            } else {
                idempotent.claim(connection, CONSUMER, command.event().eventId());
            }
        }
        return created;
    }

    /** Each command behind a savepoint of its own, to refuse only the one whose data the database refused. */
    private int applyOneByOne(Connection connection, List<Command> commands, List<Refused> refused) {
        int created = 0;
        for (Command command : commands) {
            // The refusals by rule of a command rolled back go with it: only the database's refusal is kept.
            List<Refused> ofCommand = new ArrayList<>();
            Savepoints.Attempt<Integer> attempt = Savepoints.attempt(connection, () -> applyTogether(connection, List.of(command), ofCommand));
            if (attempt.refused()) {
                refused.add(new Refused(command.record(), "Command " + command.event().eventId() + " refused by the database: "
                        + attempt.refusal().getMessage()));
            } else {
                refused.addAll(ofCommand);
                created += attempt.value();
            }
        }
        return created;
    }

    private static Refused refusedByRule(Command command) {
        return new Refused(command.record(), "Command " + command.event().eventId() + " refused: " + command.entry().refusal.getMessage());
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
