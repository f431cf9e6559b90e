package vn.mobifone.care.itticket.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The intakes remembered under their caller's Idempotency-Key, with the answer they got. */
@ApplicationScoped
public class IntakeKeys {

    /** What the first request under a key was, and what it was answered. */
    public record Remembered(String requestHash, UUID ticketId, String response) {
    }

    private final EntityManager em;

    public IntakeKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * The intake remembered under the key, if any. The key is locked first until the transaction
     * ends, so a retry racing the original waits for it and then finds it.
     */
    public Optional<Remembered> lockAndFind(String caller, String key) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", caller + "\n" + key).getSingleResult();
        // A statement of its own: its snapshot is taken after the lock was granted.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT request_hash, ticket_id, response FROM ticket_intake_key WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        return rows.stream().findFirst().map(r -> new Remembered((String) r[0], (UUID) r[1], (String) r[2]));
    }

    public void remember(String caller, String key, String requestHash, UUID ticketId, String response, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO ticket_intake_key (caller, idempotency_key, request_hash, ticket_id, response, received_at)
                        VALUES (:caller, :key, :hash, :ticket, :response, :at)""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("ticket", ticketId).setParameter("response", response).setParameter("at", at)
                .executeUpdate();
    }
}
