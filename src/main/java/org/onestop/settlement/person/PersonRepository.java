package org.onestop.settlement.person;

import java.util.List;

import org.onestop.settlement.common.RegionCode;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persons by id, and the persons insured in a region with their identities. */
public interface PersonRepository extends JpaRepository<Person, String> {

    @EntityGraph(attributePaths = "identities")
    List<Person> findByRegionOrderByPersonId(RegionCode region);
}
