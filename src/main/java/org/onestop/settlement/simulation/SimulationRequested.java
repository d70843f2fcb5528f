package org.onestop.settlement.simulation;

import java.util.UUID;

/** A simulation was stored as QUEUED; its run starts once that commit is done. */
record SimulationRequested(UUID simulationId) {
}
