package org.onestop.settlement.simulation.web;

/** The request examples the contract shows for a simulation. */
final class SimulationExamples {

    static final String RATE_SUMMARY = "Zibo: the minimum-living assistance rate 75% → 80% for 2024";
    static final String RATE_DESCRIPTION = "assistance.schemes[0] is 特困人员、低保对象、返贫致贫人口 (004 四(六)); its one "
            + "program's rate is the leaf changed.";
    static final String RATE = """
            {"name": "低保救助比例 75% → 80%", "region": "ZIBO", "from": "2024-01-01", "to": "2024-12-31",
             "changes": [{"path": "assistance.schemes[0].programs[0].rate", "value": 0.80,
                          "note": "proposal for the 2025 budget"}]}""";

    static final String THRESHOLD_SUMMARY = "Lanzhou: the illness-impoverished threshold 5,000 → 3,000";
    static final String THRESHOLD_DESCRIPTION = "assistance.schemes[6] is 因病致贫重病患者 (001 第十四条(二)).";
    static final String THRESHOLD = """
            {"name": "因病致贫起付线 5000 → 3000", "region": "LANZHOU", "from": "2024-01-01", "to": "2024-06-30",
             "changes": [{"path": "assistance.schemes[6].threshold", "value": 3000}]}""";

    private SimulationExamples() {
    }
}
