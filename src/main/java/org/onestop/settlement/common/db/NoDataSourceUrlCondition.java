package org.onestop.settlement.common.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database is configured: neither {@code spring.datasource.url} (or its environment form
 * {@code SPRING_DATASOURCE_URL}) is set, nor {@code settlement.db.embedded.enabled} is {@code false}.
 */
class NoDataSourceUrlCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        boolean enabled = environment.getProperty("settlement.db.embedded.enabled", Boolean.class, true);
        return enabled && !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
