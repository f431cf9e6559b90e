package vn.mobifone.care.smsgateway.message;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.mobifone.care.platform.audit.PersonalDataAccesses;
import vn.mobifone.care.platform.msisdn.Msisdn;
import vn.mobifone.care.platform.problem.InvalidInput;
import vn.mobifone.care.platform.problem.ResourceNotFound;
import vn.mobifone.care.platform.web.Page;
import vn.mobifone.care.platform.web.PageRequest;

@ApplicationScoped
public class MessageQueries {

    private final PersonalDataAccesses accesses;

    public MessageQueries(PersonalDataAccesses accesses) {
        this.accesses = accesses;
    }

    public MessageView view(Message message) {
        return MessageView.of(message, MessagePart.list("messageId = ?1", Sort.by("seq"), message.id));
    }

    public MessageView get(UUID id) {
        Message message = Message.findById(id);
        if (message == null) {
            throw new ResourceNotFound("Message", id);
        }
        return view(message);
    }

    /** Newest first, by subscriber and/or campaign. */
    public Page<MessageView> search(Msisdn msisdn, String campaignId, PageRequest page) {
        if (msisdn == null && campaignId == null) {
            throw new InvalidInput("msisdn", "Search by msisdn, campaignId or both");
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (msisdn != null) {
            // A subscriber's messages are personal data: the search goes into the suite's access journal.
            accesses.read(msisdn, "SMS_MESSAGES", null, "SMS message search");
            query.append(" and msisdn = :msisdn");
            parameters.and("msisdn", msisdn);
        }
        if (campaignId != null) {
            query.append(" and campaignId = :campaign");
            parameters.and("campaign", campaignId);
        }
        var found = Message.<Message>find(query.toString(), Sort.descending("createdAt").and("id"), parameters);
        List<Message> messages = found.page(page.page, page.size).list();
        Map<UUID, List<MessagePart>> parts = messages.isEmpty() ? Map.of()
                : MessagePart.<MessagePart>list("messageId in ?1", Sort.by("seq"), messages.stream().map(m -> m.id).toList())
                        .stream().collect(Collectors.groupingBy(p -> p.messageId));
        return Page.of(messages.stream().map(m -> MessageView.of(m, parts.getOrDefault(m.id, List.of()))).toList(), page, found.count());
    }
}
