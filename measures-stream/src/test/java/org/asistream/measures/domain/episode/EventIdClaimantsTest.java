package org.asistream.measures.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventIdClaimantsTest {

    @Test
    void theFirstEpisodeToCarryAnEventIdOwnsItAndNobodyIsTold() {
        EventIdClaimants.Claim claim = EventIdClaimants.none().claimBy("ep-b");

        assertThat(claim.claimants().episodeIds()).containsExactly("ep-b");
        assertThat(claim.claimants().shared()).isFalse();
        assertThat(claim.toBeTold()).isEmpty();
    }

    @Test
    void theSameEpisodeAgainChangesNothing() {
        EventIdClaimants owned = EventIdClaimants.none().claimBy("ep-b").claimants();

        EventIdClaimants.Claim again = owned.claimBy("ep-b");

        assertThat(again.claimants()).isEqualTo(owned);
        assertThat(again.toBeTold()).isEmpty();
    }

    @Test
    void aSecondEpisodeMakesTheEventIdSharedAndBothAreTold() {
        EventIdClaimants owned = EventIdClaimants.none().claimBy("ep-b").claimants();

        EventIdClaimants.Claim claim = owned.claimBy("ep-a");

        assertThat(claim.claimants().episodeIds()).containsExactly("ep-a", "ep-b");
        assertThat(claim.claimants().shared()).isTrue();
        assertThat(claim.toBeTold()).containsExactly("ep-a", "ep-b");
    }

    @Test
    void aThirdEpisodeIsToldAloneBecauseTheOthersAlreadyKnow() {
        EventIdClaimants shared = new EventIdClaimants(List.of("ep-a", "ep-b"));

        EventIdClaimants.Claim claim = shared.claimBy("ep-c");

        assertThat(claim.claimants().episodeIds()).containsExactly("ep-a", "ep-b", "ep-c");
        assertThat(claim.toBeTold()).containsExactly("ep-c");
        assertThat(shared.claimBy("ep-a").toBeTold()).isEmpty();
    }
}
