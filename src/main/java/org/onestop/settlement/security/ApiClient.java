package org.onestop.settlement.security;

import java.time.Instant;

import org.onestop.settlement.common.RegionCode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An API client: its id, BCrypt-hashed secret, role, and the hospital code (HOSPITAL) or region (ASSISTANCE_OFFICE) it
 * is bound to. Disabled, never deleted.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(name = "secret_hash")
    private String secretHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "hospital_code")
    private String hospitalCode;

    @Enumerated(EnumType.STRING)
    private RegionCode region;

    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected ApiClient() {
    }

    ApiClient(String clientId, String secretHash, Role role, String hospitalCode, RegionCode region, Instant now) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.role = role;
        this.hospitalCode = hospitalCode;
        this.region = region;
        this.enabled = true;
        this.createdAt = now;
    }

    void disable(Instant now) {
        if (enabled) {
            enabled = false;
            disabledAt = now;
        }
    }

    void replaceSecret(String newHash) {
        this.secretHash = newHash;
    }

    public String clientId() {
        return clientId;
    }

    String secretHash() {
        return secretHash;
    }

    public Role role() {
        return role;
    }

    public String hospitalCode() {
        return hospitalCode;
    }

    public RegionCode region() {
        return region;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant disabledAt() {
        return disabledAt;
    }
}
