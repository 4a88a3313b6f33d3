package org.surgalt.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A role held locally by a person in a scope. Scope id 0 with scope SITE means the whole site. */
@Entity
public class RoleGrant {

    public enum Scope {
        SITE, INSTITUTION, COURSE, COHORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 16)
    private Scope scopeType;

    @Column(name = "scope_id", nullable = false)
    private long scopeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoleGrant() {
    }

    public RoleGrant(long userId, Role role, Scope scopeType, long scopeId) {
        if (role == Role.ADMIN && scopeType != Scope.SITE) {
            throw new IllegalArgumentException("An admin is an admin of the whole site");
        }
        this.userId = userId;
        this.role = role;
        this.scopeType = scopeType;
        this.scopeId = scopeType == Scope.SITE ? 0 : scopeId;
        this.createdAt = Instant.now();
    }

    public long userId() {
        return userId;
    }

    public Grant grant() {
        return new Grant(role, scopeType, scopeId);
    }
}
