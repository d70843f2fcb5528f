/**
 * API clients and their roles, authentication (HTTP Basic, BCrypt, failed-login throttling), access rules, the
 * current client's hospital scope, and the append-only audit of writes.
 */
package org.onestop.settlement.security;
