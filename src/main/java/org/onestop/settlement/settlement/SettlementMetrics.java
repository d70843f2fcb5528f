package org.onestop.settlement.settlement;

import java.util.function.Supplier;

import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.ProblemException;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The timer {@code settlement.duration} of every discharge settlement request, its commit included, tagged by
 * {@code region} (of the settlement; {@code none} when the claim was refused before one was known) and
 * {@code outcome}: {@code settled} (201), {@code replayed} (200, the same request again), {@code conflict} (409),
 * {@code refused} (any other problem answer) or {@code failed} (an unexpected error). Scraped at
 * {@code /actuator/prometheus} as {@code settlement_duration_seconds}.
 */
@Component
public class SettlementMetrics {

    private final MeterRegistry registry;

    SettlementMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs a settlement request and records its duration and outcome. */
    public SettlementService.Outcome timed(Supplier<SettlementService.Outcome> request) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        String region = "none";
        try {
            SettlementService.Outcome answered = request.get();
            outcome = answered.created() ? "settled" : "replayed";
            region = answered.response().region().name();
            return answered;
        } catch (ConflictException conflict) {
            outcome = "conflict";
            throw conflict;
        } catch (ProblemException problem) {
            outcome = "refused";
            throw problem;
        } finally {
            sample.stop(Timer.builder("settlement.duration")
                    .description("A discharge settlement request, from intake to commit")
                    .tag("region", region).tag("outcome", outcome).register(registry));
        }
    }
}
