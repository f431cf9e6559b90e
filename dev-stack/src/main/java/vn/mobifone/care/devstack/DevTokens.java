package vn.mobifone.care.devstack;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Mints bearer tokens signed with the local {@link DevKeys}, as an SSO would issue them. */
public final class DevTokens {

    private final DevKeys keys;

    public DevTokens(DevKeys keys) {
        this.keys = keys;
    }

    public String mint(String role, String subject) {
        return mint(Set.of(role), subject, Duration.ofHours(8));
    }

    public String mint(Set<String> roles, String subject, Duration validity) {
        return Jwt.issuer(DevKeys.ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(validity)
                .jws().keyId("care-dev")
                .sign(keys.privateKey());
    }
}
