package vn.mobifone.care.bench.consultation;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import vn.mobifone.care.bench.KeepAliveClient;
import vn.mobifone.care.smsc.ReceivedSubmit;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * Consultations saved at a steady rate (open loop: each save is due at its slot, whether the
 * previous one has answered or not), one subscriber each, as agents would. End to end is from the
 * moment a save was due to the moment its link SMS reached the SMSC simulator: HTTP, the lookup
 * read, the transaction with its outbox rows, the relay, Kafka, the gateway's intake and its SMPP
 * submit. Both clocks are this process's.
 */
final class ConsultationLoad {

    private final URI consultation;
    private final String bearer;
    private final SmscSimulator smsc;
    private final List<String> subscribers;
    private final AtomicInteger next = new AtomicInteger();

    ConsultationLoad(URI consultation, String bearer, SmscSimulator smsc, List<String> subscribers) {
        this.consultation = consultation;
        this.bearer = bearer;
        this.smsc = smsc;
        this.subscribers = subscribers;
    }

    /** {@code afterSave}: from the 201 to the SMSC, the relay, Kafka and the gateway without the save itself. */
    record Result(Latency.Summary endToEnd, Latency.Summary save, Latency.Summary afterSave, long refused) {
    }

    int used() {
        return next.get();
    }

    Result run(String name, double perSecond, Duration duration, int workers) throws InterruptedException {
        Map<String, Instant> due = new ConcurrentHashMap<>();
        Map<String, Instant> answered = new ConcurrentHashMap<>();
        Latency save = new Latency();
        AtomicLong refused = new AtomicLong();
        long interval = (long) (workers * 1e9 / perSecond);
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        long deadline = started + duration.toNanos();
        int submitsBefore = smsc.submits().size();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                long slot = started + worker * interval / workers;
                try (KeepAliveClient http = new KeepAliveClient(consultation.getHost(), consultation.getPort(), bearer)) {
                    while (slot < deadline) {
                        LockSupport.parkNanos(slot - System.nanoTime());
                        String msisdn = subscribers.get(next.getAndIncrement());
                        due.put(msisdn, startedAt.plusNanos(slot - started));
                        String body = "{\"msisdn\":\"" + msisdn + "\",\"channel\":\"SMS\",\"callId\":\"bench-" + msisdn
                                + "\",\"idempotencyKey\":\"bench-" + msisdn + "\",\"line\":\"1090\"}";
                        try {
                            if (http.postJson("/app-consultations", body) != 201) {
                                refused.incrementAndGet();
                                due.remove(msisdn);
                            } else {
                                long now = System.nanoTime();
                                save.add((now - slot) / 1000);
                                answered.put(msisdn, startedAt.plusNanos(now - started));
                            }
                        } catch (IOException e) {
                            refused.incrementAndGet();
                            due.remove(msisdn);
                        }
                        slot += interval;
                    }
                }
            }, "consult-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Latency endToEnd = new Latency();
        Latency afterSave = new Latency();
        Map<String, ReceivedSubmit> arrived = awaitSubmits(due, submitsBefore);
        arrived.forEach((msisdn, submit) -> {
            endToEnd.add(Duration.between(due.get(msisdn), submit.receivedAt()).toNanos() / 1000);
            afterSave.add(Duration.between(answered.get(msisdn), submit.receivedAt()).toNanos() / 1000);
        });
        long missing = due.size() - arrived.size();
        return new Result(endToEnd.summary(name + ", save -> SMS at the SMSC", seconds, missing),
                save.summary(name + ", save answered (HTTP 201)", seconds, refused.get()),
                afterSave.summary(name + ", 201 -> SMS at the SMSC", seconds, missing), refused.get());
    }

    /** The first submit to each subscriber of the run, waiting up to a minute for the last ones. */
    private Map<String, ReceivedSubmit> awaitSubmits(Map<String, Instant> due, int submitsBefore) throws InterruptedException {
        Map<String, ReceivedSubmit> arrived = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int seen = submitsBefore;
        while (arrived.size() < due.size() && System.nanoTime() < deadline) {
            List<ReceivedSubmit> submits = smsc.submits();
            for (ReceivedSubmit s : submits.subList(seen, submits.size())) {
                if (due.containsKey(s.destination())) {
                    arrived.putIfAbsent(s.destination(), s);
                }
            }
            seen = submits.size();
            Thread.sleep(50);
        }
        return arrived;
    }
}
