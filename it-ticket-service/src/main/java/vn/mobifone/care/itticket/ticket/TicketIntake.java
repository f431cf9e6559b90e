package vn.mobifone.care.itticket.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.mobifone.care.platform.problem.BusinessRuleViolation;
import vn.mobifone.care.platform.problem.InvalidInput;

/**
 * Step 1.1 with retries in mind: the web portal and the e-mail gateway resend a request whose
 * answer they did not get. Under the same Idempotency-Key a retry is answered exactly as the first
 * attempt was (201, the same ticket as it was then) and creates nothing; the same key with another
 * request is refused, since one of the two would be lost.
 */
@ApplicationScoped
@Transactional
public class TicketIntake {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    /** The answer to an intake: the ticket and the body it is answered with. */
    public record Answer(UUID ticketId, JsonNode body) {
    }

    private final TicketService tickets;
    private final TicketQueries queries;
    private final IntakeKeys keys;
    private final ObjectMapper json;

    public TicketIntake(TicketService tickets, TicketQueries queries, IntakeKeys keys, ObjectMapper json) {
        this.tickets = tickets;
        this.queries = queries;
        this.keys = keys;
        this.json = json;
    }

    public Answer receive(IntakeRequest request, String caller, String key) {
        if (key == null) {
            return answer(tickets.receive(request, caller));
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput(HEADER, "must be 1 to 100 visible ASCII characters");
        }
        String hash = hash(request);
        Optional<IntakeKeys.Remembered> known = keys.lockAndFind(caller, key);
        if (known.isPresent()) {
            if (!known.get().requestHash().equals(hash)) {
                throw new BusinessRuleViolation("idempotency-key-reused",
                        "Idempotency key " + key + " was already used for another request");
            }
            return new Answer(known.get().ticketId(), read(known.get().response()));
        }
        Ticket ticket = tickets.receive(request, caller);
        Answer answer = answer(ticket);
        keys.remember(caller, key, hash, ticket.id, answer.body().toString(), ticket.receivedAt);
        return answer;
    }

    private Answer answer(Ticket ticket) {
        return new Answer(ticket.id, json.valueToTree(queries.view(ticket)));
    }

    /** The request as its fields read, whatever the spacing or order of the JSON it came in. */
    private String hash(IntakeRequest request) {
        try {
            byte[] canonical = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("The intake request could not be hashed", e);
        }
    }

    private JsonNode read(String response) {
        try {
            return json.readTree(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A remembered intake answer could not be read", e);
        }
    }
}
