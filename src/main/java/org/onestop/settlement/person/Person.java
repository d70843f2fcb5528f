package org.onestop.settlement.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An insured (or assisted) person in the registry, with the insured region (参保地) and insurance type. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "person_id")
    private String personId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private RegionCode region;

    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_type")
    private InsuranceType insuranceType;

    private boolean rural;

    @Column(name = "disability_grade")
    private Integer disabilityGrade;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<AssistanceIdentity> identities = new ArrayList<>();

    protected Person() {
    }

    public Person(String personId, Instant now) {
        this.personId = personId;
        this.createdAt = now;
    }

    /** Sets every registry field (a PUT replaces the person's data, not the identities). */
    public void update(String name, Sex sex, LocalDate birthDate, RegionCode region, InsuranceType insuranceType,
                       boolean rural, Integer disabilityGrade, Instant now) {
        this.name = name;
        this.sex = sex;
        this.birthDate = birthDate;
        this.region = region;
        this.insuranceType = insuranceType;
        this.rural = rural;
        this.disabilityGrade = disabilityGrade;
        this.updatedAt = now;
    }

    public String personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public RegionCode region() {
        return region;
    }

    public InsuranceType insuranceType() {
        return insuranceType;
    }

    public boolean rural() {
        return rural;
    }

    public Integer disabilityGrade() {
        return disabilityGrade;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Every identity ever recorded, ended ones included (history). */
    public List<AssistanceIdentity> identities() {
        return identities;
    }

    public AssistanceIdentity addIdentity(AssistanceIdentity identity) {
        identities.add(identity);
        return identity;
    }
}
