/**
 * The national medical-security information platform's interface (定点医药机构接口规范) in front of the settlement
 * use case: transactions 2303, 2304, 2305, 5203 and 3201 in the platform's envelope and field names, translated to and
 * from the service's own requests and answers (docs/national-platform.md).
 */
@ApplicationModule(allowedDependencies = {"common", "person", "security", "settlement", "clearing"})
package org.onestop.settlement.np;

import org.springframework.modulith.ApplicationModule;
