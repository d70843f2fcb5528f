package org.onestop.settlement.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.onestop.settlement.common.IdentityCategory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An assistance identity (救助对象身份) pushed by the certifying department (civil affairs, rural revitalisation) or
 * approved on application, valid from {@code validFrom} to {@code validTo} inclusive. Ending one shortens its
 * validity and stamps {@code endedAt}; it stays in history.
 */
@Entity
@Table(name = "assistance_identity")
public class AssistanceIdentity {

    @Id
    @Column(name = "identity_id")
    private UUID identityId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    private IdentityCategory category;

    private String subclass;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private String source;

    @Column(name = "application_date")
    private LocalDate applicationDate;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AssistanceIdentity() {
    }

    public AssistanceIdentity(Person person, IdentityCategory category, String subclass, LocalDate validFrom,
                              LocalDate validTo, String source, LocalDate applicationDate, Instant now) {
        this.identityId = UUID.randomUUID();
        this.person = person;
        this.category = category;
        this.subclass = subclass;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.source = source;
        this.applicationDate = applicationDate;
        this.createdAt = now;
    }

    /**
     * Ends the identity: it stays valid up to the day before {@code today} (never before {@code validFrom}, so an
     * identity ended on its first day covers nothing), and keeps its history.
     */
    public void end(LocalDate today, Instant now) {
        if (endedAt != null) {
            return;
        }
        LocalDate lastDay = today.minusDays(1);
        if (lastDay.isBefore(validFrom)) {
            lastDay = validFrom.minusDays(1);
        }
        if (validTo == null || lastDay.isBefore(validTo)) {
            validTo = lastDay;
        }
        endedAt = now;
    }

    /** Whether the identity holds on {@code day} (both ends inclusive; no end means open). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public UUID identityId() {
        return identityId;
    }

    public IdentityCategory category() {
        return category;
    }

    public String subclass() {
        return subclass;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String source() {
        return source;
    }

    public LocalDate applicationDate() {
        return applicationDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
