package org.asistream.query.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.asistream.schemas.credentials.Principal;
import org.asistream.schemas.credentials.Role;

/**
 * Short-lived signed tickets for opening a server-sent event stream. A browser's EventSource cannot send an
 * Authorization header, so the page exchanges its bearer token for a ticket and puts the ticket, not the token, in
 * the stream's URL: a URL that leaks (logs, history) then grants only read access to streams of the same
 * organisations, and only until the ticket expires. The ticket carries the caller's role, organisation and expiry,
 * signed with HMAC-SHA256; it is checked when a stream opens.
 */
public final class StreamTickets {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    public record Ticket(String ticket, Instant expiresAt) {
    }

    /** @param secret at least 32 bytes; instances behind one load balancer must share it */
    public StreamTickets(byte[] secret, Duration lifetime, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a stream-ticket secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Ticket issue(Principal caller) {
        Instant expiresAt = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String payload = caller.role().name() + "\n" + (caller.org() == null ? "" : caller.org()) + "\n"
                + expiresAt.getEpochSecond();
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return new Ticket(ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(payloadBytes)),
                expiresAt);
    }

    /** The caller the ticket was issued to; empty when it is malformed, forged or expired. */
    public Optional<Principal> redeem(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        int dot = ticket.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(ticket.substring(0, dot));
            byte[] signature = DECODER.decode(ticket.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 3 || clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
                return Optional.empty();
            }
            Role role = Role.valueOf(fields[0]);
            return Optional.of(new Principal(role, fields[1].isEmpty() ? null : fields[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform provides " + ALGORITHM, e);
        }
    }
}
