package org.onestop.settlement.security;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** API clients by id. */
interface ApiClientRepository extends JpaRepository<ApiClient, String> {

    long countByRoleAndEnabledTrue(Role role);

    List<ApiClient> findAllByOrderByClientId();
}
