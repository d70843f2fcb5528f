package org.onestop.settlement.person;

import java.util.List;
import java.util.Optional;

import org.onestop.settlement.common.RegionCode;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Persons by id, and the persons insured in a region with their identities. */
public interface PersonRepository extends JpaRepository<Person, String> {

    @EntityGraph(attributePaths = "identities")
    List<Person> findByRegionOrderByPersonId(RegionCode region);

    /** The person, its row locked ({@code SELECT … FOR UPDATE}) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.personId = :personId")
    Optional<Person> lockById(String personId);

    /**
     * Every identity of a person as the database holds it now, in the order recorded: read again after a lock,
     * an identity recorded meanwhile is among them.
     */
    @Query("select i from AssistanceIdentity i where i.person.personId = :personId order by i.createdAt")
    List<AssistanceIdentity> identitiesOf(String personId);
}
