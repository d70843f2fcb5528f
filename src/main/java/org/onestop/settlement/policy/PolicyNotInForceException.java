package org.onestop.settlement.policy;

import java.time.LocalDate;
import java.util.List;

import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.UnprocessableException;

/** No version of a region's policy is in force on a date: the service does not guess one (422 for a settlement). */
public class PolicyNotInForceException extends UnprocessableException {

    private final RegionCode region;
    private final LocalDate date;

    public PolicyNotInForceException(RegionCode region, LocalDate date, List<String> versions) {
        super("no " + region + " policy is in force on " + date + "; versions: "
                + (versions.isEmpty() ? "none" : String.join(", ", versions)));
        this.region = region;
        this.date = date;
    }

    public RegionCode region() {
        return region;
    }

    public LocalDate date() {
        return date;
    }
}
