package org.onestop.settlement.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the policy catalogue at start-up from {@code settlement.policies.location} (bundled
 * {@code classpath:policies/} by default; an operator may point it at a directory, {@code file:/etc/…/}). A bad file
 * stops start-up with every problem named.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PolicyConfiguration.class);

    @Bean
    PolicyCatalogue policyCatalogue(@Value("${settlement.policies.location:classpath:policies/}") String location) {
        String base = location.endsWith("/") ? location : location + "/";
        List<PolicyCatalogue.Source> sources = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(base + "*.yaml");
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource resource : resources) {
                sources.add(PolicyCatalogue.Source.of(resource.getFilename(), resource.getInputStream()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list policy files at " + base, e);
        }
        PolicyCatalogue catalogue = PolicyCatalogue.load(sources);
        for (var region : catalogue.regions()) {
            log.info("Policy {}: {}", region, catalogue.versions(region).stream()
                    .map(v -> PolicyCatalogue.describe(v) + " sha256 " + v.sha256().substring(0, 12)).toList());
        }
        return catalogue;
    }
}
