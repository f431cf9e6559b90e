package vn.mobifone.care.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.mobifone.care.platform.time.CareClock;

class VerifiedTokensTest {

    private final CareClock clock = new CareClock(() -> true);
    private final Verifier verifier = new Verifier();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock, 3);

    @Test
    void aValidTokenIsVerifiedOnceForAllTheRequestsThatCarryIt() throws ParseException {
        JsonWebToken first = tokens.parse("agent-token");
        JsonWebToken again = tokens.parse("agent-token");

        assertThat(again).isSameAs(first);
        assertThat(verifier.checked).containsExactly("agent-token");
    }

    @Test
    void anExpiredTokenIsJudgedByTheVerifierAgainAndItsRefusalStands() throws ParseException {
        tokens.parse("agent-token");
        clock.advance(Verifier.VALIDITY);

        assertThatThrownBy(() -> tokens.parse("agent-token")).isInstanceOf(ParseException.class);
        assertThat(verifier.checked).containsExactly("agent-token", "agent-token");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);

        assertThat(verifier.checked).containsExactly("forged", "forged");
    }

    @Test
    void theCacheStartsOverWhenFull() throws ParseException {
        for (String token : List.of("a", "b", "c", "d", "a")) {
            tokens.parse(token);
        }

        assertThat(verifier.checked).containsExactly("a", "b", "c", "d", "a");
    }

    /** Accepts every token but "forged" until an hour from now (its expiry), and remembers what it checked. */
    private final class Verifier extends DefaultJWTParser {

        static final Duration VALIDITY = Duration.ofHours(1);

        final List<String> checked = new ArrayList<>();
        private final long expiresAt = clock.instant().plus(VALIDITY).getEpochSecond();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checked.add(token);
            if (token.equals("forged") || clock.instant().getEpochSecond() >= expiresAt) {
                throw new ParseException("refused: " + token);
            }
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return token;
                }

                @Override
                public Set<String> getClaimNames() {
                    return Set.of("exp");
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String claim) {
                    return "exp".equals(claim) ? (T) Long.valueOf(expiresAt) : null;
                }
            };
        }
    }
}
