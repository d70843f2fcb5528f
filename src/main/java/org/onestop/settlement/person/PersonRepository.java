package org.onestop.settlement.person;

import java.util.List;
import java.util.Optional;

import org.onestop.settlement.common.RegionCode;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persons by id, and the persons insured in a region with their identities. */
public interface PersonRepository extends JpaRepository<Person, String> {

    @EntityGraph(attributePaths = "identities")
    List<Person> findByRegionOrderByPersonId(RegionCode region);

    /**
     * Locks the person's row until the transaction ends and answers its id (empty for an unknown person). {@code FOR
     * NO KEY UPDATE}: it serialises writers of the person's identities, yet never blocks a settlement, whose foreign
     * key to the person only takes a key-share lock (a settlement may hold the ledger lock such a writer waits for).
     */
    @Query(value = "SELECT person_id FROM person WHERE person_id = :personId FOR NO KEY UPDATE", nativeQuery = true)
    Optional<String> lockRow(String personId);

    /**
     * Every identity of a person as the database holds it now, in the order recorded: read again after a lock,
     * an identity recorded meanwhile is among them.
     */
    @Query("select i from AssistanceIdentity i where i.person.personId = :personId order by i.createdAt")
    List<AssistanceIdentity> identitiesOf(String personId);
}
