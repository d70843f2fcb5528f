package org.onestop.settlement.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.Money;

/**
 * Stages 3 and 4, medical assistance (医疗救助) and secondary tilt (二次倾斜救助): policies.md §2, §3. At a
 * non-designated institution assistance pays only for the exceptions the region lists (an emergency, a registered
 * referral); {@code nonDesignatedExcluded} cites the clause that excludes the rest. {@code afterCare} cites the
 * region's after-care assistance (医后救助: 001 第十五条(一)(二), 002 二(五)2), null where its document has none.
 */
public record Assistance(Fund fund, Fund tiltFund, Cited<Boolean> nonDesignatedEmergency,
                         Cited<Boolean> nonDesignatedReferral, Cited<Boolean> nonDesignatedExcluded,
                         Cited<Boolean> uninsuredAssisted, Cited<Boolean> afterCare,
                         List<Scheme> schemes) {

    /** How an identity is granted: pushed by the certifying department, or approved on the person's application. */
    public enum Mode { DIRECT, APPLICATION }

    /** Which encounters a program takes by disease. */
    public enum DiseaseCondition { MAJOR, NOT_MAJOR, ANY }

    /** Where care must take place for the secondary tilt to take an encounter. */
    public enum PlaceOfCare {
        ANY,
        /** Designated institution in the insured area, or a registered referral treated within the province (001 第十四条(三)). */
        LOCAL_OR_REFERRED_IN_PROVINCE
    }

    /**
     * One assistance standard, in precedence order within the region (就高不重复): the identities it takes, its
     * annual threshold, its cap pools and programs, and its secondary tilt. {@code retroactive} is null for a scheme
     * whose identities do not reach back before their application; {@code tilt} is null where the region's document
     * sets no secondary tilt for the scheme.
     */
    public record Scheme(String code, String name, String citation, String note, List<IdentityMatcher> identities,
                         Mode mode, Retroactive retroactive, Cited<Money> threshold,
                         Map<String, Cited<Money>> pools, List<Program> programs,
                         SecondaryTilt tilt) {
    }

    /** An identity category, optionally narrowed to some subclasses ({@code NONE} stands for "no subclass"). */
    public record IdentityMatcher(IdentityCategory category, Set<String> subclasses, String note) {

        public static final String NO_SUBCLASS = "NONE";

        public boolean matches(IdentityCategory category, String subclass) {
            return this.category == category
                    && (subclasses.isEmpty() || subclasses.contains(subclass == null ? NO_SUBCLASS : subclass));
        }
    }

    /**
     * How far before its application date an approved on-application identity reaches, and whether one approval
     * covers one medical year with no second application in it (004 四(七)); both cite the clause of the window.
     */
    public record Retroactive(Cited<Integer> months, boolean fromMonthStart, Cited<Boolean> oneApprovalPerYear) {
    }

    /** One program of a scheme: the encounters it takes, its rate, and every cap pool it draws on. */
    public record Program(String code, String name, Set<EncounterType> encounterTypes, DiseaseCondition disease,
                          Cited<BigDecimal> rate, List<String> pools) {
    }

    /**
     * Secondary tilt assistance (二次倾斜救助 / 再救助, stage 4): annual threshold on the accumulated burden, rate, cap
     * (value null where none).
     */
    public record SecondaryTilt(Cited<Money> threshold, Cited<BigDecimal> rate, Cited<Money> cap, PlaceOfCare placeOfCare) {
    }
}
