package org.onestop.settlement.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;

import io.swagger.v3.oas.annotations.media.Schema;

/** A simulation: what was asked, how far its run is, and its result once it is done. */
public record SimulationView(
        UUID simulationId,
        String name,
        RegionCode region,
        LocalDate from,
        LocalDate to,
        List<SimulationRequest.Change> changes,
        @Schema(description = "QUEUED, RUNNING, DONE or FAILED") Status status,
        Progress progress,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "why the run failed; null unless FAILED") String failure,
        @Schema(description = "null until DONE, and in the list of simulations") SimulationResult result) {

    @Schema(name = "SimulationStatus")
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** Settlements of the window gone through, of all of them (null until the run has counted them). */
    @Schema(name = "SimulationProgress")
    public record Progress(long done, Long total) {
    }
}
