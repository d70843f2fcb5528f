package org.onestop.settlement.simulation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.simulation.SimulationRequest;
import org.onestop.settlement.simulation.SimulationService;
import org.onestop.settlement.simulation.SimulationView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * What-if simulations of a policy change: post one (it runs in the background), follow it, read its result as JSON,
 * its persons as CSV ({@code Accept: text/csv}) and the burden distributions as SVG. ADMIN and the assistance office
 * of the region.
 */
@RestController
@RequestMapping("/api/v1/simulations")
@Tag(name = "Simulations", description = "What-if: past settlements settled again under changed policy parameters")
class SimulationController {

    private static final String GET_SUMMARY = "A simulation: status, progress and, once DONE, its result; with "
            + "Accept: text/csv its persons (409 until DONE)";

    private final SimulationService simulations;

    SimulationController(SimulationService simulations) {
        this.simulations = simulations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startSimulation", summary = "Simulate changed policy parameters over the region's "
            + "settlements discharged in a period; 202, the run goes on in the background")
    @ApiResponse(responseCode = "202", description = "accepted and queued; follow it at the Location")
    @ApiResponse(responseCode = "400", description = "a bad field; a change naming no value of the policy data, or "
            + "whose value the policy data's validation refuses, names its path")
    @ApiResponse(responseCode = "422", description = "no policy of the region is in force in the period")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = {
                @ExampleObject(name = "rate", summary = SimulationExamples.RATE_SUMMARY,
                        description = SimulationExamples.RATE_DESCRIPTION, value = SimulationExamples.RATE),
                @ExampleObject(name = "threshold", summary = SimulationExamples.THRESHOLD_SUMMARY,
                        description = SimulationExamples.THRESHOLD_DESCRIPTION, value = SimulationExamples.THRESHOLD)}))
    ResponseEntity<SimulationView> start(@Valid @RequestBody SimulationRequest request) {
        SimulationView simulation = simulations.submit(request, CurrentClient.get());
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + simulation.simulationId()))
                .body(simulation);
    }

    @GetMapping
    @Operation(operationId = "listSimulations", summary = "Past and running simulations with their changes, newest "
            + "first (without results); an office sees its own region's")
    List<SimulationView> list(@RequestParam(required = false) RegionCode region) {
        return simulations.list(region, CurrentClient.get());
    }

    @GetMapping("/{simulationId}")
    @Operation(operationId = "getSimulation", summary = GET_SUMMARY)
    SimulationView get(@PathVariable UUID simulationId) {
        return simulations.get(simulationId, CurrentClient.get());
    }

    @GetMapping(path = "/{simulationId}", produces = SimulationCsv.TEXT_CSV)
    @Operation(operationId = "getSimulation", summary = GET_SUMMARY)
    ResponseEntity<String> persons(@PathVariable UUID simulationId) {
        SimulationCsv csv = new SimulationCsv();
        simulations.persons(simulationId, CurrentClient.get(), csv::row);
        return ResponseEntity.ok().header("Content-Type", SimulationCsv.TEXT_CSV + ";charset=UTF-8")
                .body(csv.toString());
    }

    @GetMapping(path = "/{simulationId}/chart", produces = BurdenChart.IMAGE_SVG)
    @Operation(operationId = "getSimulationChart", summary = "The personal burden per stay under each policy, as an "
            + "SVG chart of the two distributions (409 until DONE)")
    ResponseEntity<String> chart(@PathVariable UUID simulationId) {
        SimulationView simulation = simulations.done(simulationId, CurrentClient.get());
        return ResponseEntity.ok().header("Content-Type", BurdenChart.IMAGE_SVG + ";charset=UTF-8")
                .body(BurdenChart.of(simulation));
    }
}
