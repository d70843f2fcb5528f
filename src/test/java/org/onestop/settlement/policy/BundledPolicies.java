package org.onestop.settlement.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The policy catalogue as bundled in {@code classpath:policies/}, loaded once for fast tests. */
public final class BundledPolicies {

    private static PolicyCatalogue catalogue;

    private BundledPolicies() {
    }

    public static synchronized PolicyCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = PolicyCatalogue.load(sources());
        }
        return catalogue;
    }

    /** The bundled files, each as a source that a test may alter before loading. */
    public static List<PolicyCatalogue.Source> sources() {
        try {
            List<PolicyCatalogue.Source> sources = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:policies/*.yaml")) {
                sources.add(PolicyCatalogue.Source.of(r.getFilename(), r.getInputStream()));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
