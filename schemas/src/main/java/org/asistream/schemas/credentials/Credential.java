package org.asistream.schemas.credentials;

/**
 * One entry of a credentials file. {@code token} is known only for generated demo credentials and files that hold
 * tokens in clear; {@code tokenSha256} (lower-case hex) is always set. {@code org} is null for a national token.
 */
public record Credential(Role role, String org, String token, String tokenSha256) {

    public Principal principal() {
        return new Principal(role, org);
    }
}
