package org.jeli.access.quarkus;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jeli.access.ApiTokens;
import org.jeli.access.TokenOwner;

/**
 * Checks a personal API token. Unknown, expired and revoked tokens and tokens of deactivated
 * accounts all fail the same way. The identity carries the same attributes as a password login,
 * plus {@link #TOKEN_ID}. A token counts as second-factor verified: creating one by password needs
 * the second factor when the account has one.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    /** The id of the token a request authenticated with; absent for password logins. */
    public static final String TOKEN_ID = "jeli.token-id";

    private final ApiTokens tokens;
    private final SecondFactorGate gate;

    public TokenIdentityProvider(ApiTokens tokens, SecondFactorGate gate) {
        this.tokens = tokens;
        this.gate = gate;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            TokenOwner owner = tokens.authenticate(request.token()).orElseThrow(AuthenticationFailedException::new);
            return Identities.of(owner.user())
                    .addAttribute(TOKEN_ID, owner.token().id())
                    .addAttribute(SecondFactorGate.ENROLMENT_REQUIRED, gate.enrolmentRequired(owner.user()))
                    .build();
        });
    }
}
