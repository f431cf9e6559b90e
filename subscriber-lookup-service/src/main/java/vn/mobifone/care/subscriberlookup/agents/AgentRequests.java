package vn.mobifone.care.subscriberlookup.agents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the directory's API takes. */
public final class AgentRequests {

    /** A partner's id: short, upper case, as it appears on its official letters. */
    public static final String PARTNER_ID = "[A-Z0-9][A-Z0-9-]{1,39}";
    /** A person's id is the subject of their tokens. */
    public static final String AGENT_ID = "[A-Za-z0-9][A-Za-z0-9._@-]{0,99}";
    /** A hotline: 1090, 9090, 18001090 ... */
    public static final String LINE = "[0-9]{3,10}";

    private AgentRequests() {
    }

    public record NewPartner(@NotNull @Pattern(regexp = PARTNER_ID) String id, @NotBlank @Size(max = 200) String name) {
    }

    public record NewAgent(@NotNull @Pattern(regexp = AGENT_ID) String id, @NotBlank @Size(max = 200) String name, @NotNull AgentRole role,
            @NotBlank @Size(max = 100) String callCentre, @NotNull @Pattern(regexp = LINE) String line, @NotNull LocalDate startDate) {
    }

    /** A departure needs its date: the day the person left the partner. */
    public record StatusChange(@NotNull AgentStatus status, LocalDate departureDate) {
    }
}
