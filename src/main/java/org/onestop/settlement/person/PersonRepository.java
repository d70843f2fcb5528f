package org.onestop.settlement.person;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persons by id. */
public interface PersonRepository extends JpaRepository<Person, String> {
}
