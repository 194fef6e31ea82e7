package org.asistream.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.asistream.schemas.credentials.Principal;
import org.asistream.schemas.credentials.Role;
import org.junit.jupiter.api.Test;

class StreamTicketsTest {

    private static final byte[] SECRET = new byte[32];
    private static final Instant NOW = Instant.parse("2011-03-20T12:00:00Z");
    private static final Principal DIRECTOR = new Principal(Role.NETWORK, "N1");

    private final StreamTickets tickets = at(NOW);

    @Test
    void aTicketNamesWhoItWasIssuedToUntilItExpires() {
        StreamTickets.Ticket ticket = tickets.issue(DIRECTOR);

        assertThat(ticket.expiresAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(tickets.redeem(ticket.ticket())).contains(DIRECTOR);
        assertThat(at(NOW.plusSeconds(60)).redeem(ticket.ticket())).contains(DIRECTOR);
        assertThat(at(NOW.plusSeconds(61)).redeem(ticket.ticket())).isEmpty();
    }

    @Test
    void aNationalTicketHasNoOrganisation() {
        Principal national = new Principal(Role.NATIONAL, null);
        assertThat(tickets.redeem(tickets.issue(national).ticket())).contains(national);
    }

    @Test
    void anAlteredOrForeignTicketIsRefused() {
        String ticket = tickets.issue(DIRECTOR).ticket();
        String payload = ticket.substring(0, ticket.indexOf('.'));
        String signature = ticket.substring(ticket.indexOf('.') + 1);
        String otherPayload = tickets.issue(new Principal(Role.NATIONAL, null)).ticket().split("\\.")[0];
        byte[] otherSecret = new byte[32];
        Arrays.fill(otherSecret, (byte) 7);

        assertThat(tickets.redeem(otherPayload + "." + signature)).isEmpty();
        assertThat(new StreamTickets(otherSecret, Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC))
                .redeem(ticket)).isEmpty();
        assertThat(tickets.redeem(payload)).isEmpty();
        assertThat(tickets.redeem("not base64!.x")).isEmpty();
        assertThat(tickets.redeem(null)).isEmpty();
    }

    private static StreamTickets at(Instant now) {
        return new StreamTickets(SECRET, Duration.ofSeconds(60), Clock.fixed(now, ZoneOffset.UTC));
    }
}
