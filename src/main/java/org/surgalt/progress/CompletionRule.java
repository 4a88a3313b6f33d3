package org.surgalt.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.surgalt.platform.DomainException;

/**
 * When a course counts as complete: every module (with a required item) complete, and every
 * condition "at least n of these items". No row means every module. {@code onlineHours} is what a
 * certificate states as study time besides attended face-to-face hours.
 */
@Entity
@Table(name = "completion_rule")
public class CompletionRule {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Column(name = "all_modules", nullable = false)
    private boolean allModules = true;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String conditions = "[]";

    @Column(name = "online_hours", precision = 6, scale = 1)
    private BigDecimal onlineHours;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private long version;

    protected CompletionRule() {
    }

    CompletionRule(long courseId) {
        this.courseId = courseId;
        this.updatedAt = Instant.now();
    }

    /**
     * Replaces the rule. Conditions must each name at least one item and ask for 1 to that many;
     * at least one part must remain, or the course would be complete before anything is done.
     */
    void change(boolean newAllModules, List<RuleCondition> newConditions, BigDecimal newOnlineHours, long by) {
        for (int i = 0; i < newConditions.size(); i++) {
            RuleCondition condition = newConditions.get(i);
            if (condition.items().isEmpty()) {
                throw DomainException.invalid("conditions[" + i + "].items", "must name at least one item");
            }
            if (condition.atLeast() < 1 || condition.atLeast() > condition.items().size()) {
                throw DomainException.invalid("conditions[" + i + "].atLeast",
                        "must be from 1 to the number of items chosen (" + condition.items().size() + ")");
            }
        }
        if (!newAllModules && newConditions.isEmpty()) {
            throw DomainException.invalid("allModules", "must be ticked when there is no condition");
        }
        if (newOnlineHours != null && (newOnlineHours.signum() < 0 || newOnlineHours.compareTo(new BigDecimal("99999.9")) > 0)) {
            throw DomainException.invalid("onlineHours", "must be a number of hours from 0 to 99999.9");
        }
        this.allModules = newAllModules;
        try {
            this.conditions = JSON.writeValueAsString(newConditions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        this.onlineHours = newOnlineHours == null ? null : newOnlineHours.setScale(1, java.math.RoundingMode.HALF_UP);
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public long courseId() {
        return courseId;
    }

    public boolean allModules() {
        return allModules;
    }

    public List<RuleCondition> conditions() {
        try {
            return JSON.readValue(conditions, new TypeReference<List<RuleCondition>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("completion_rule.conditions of course " + courseId + " is not valid", e);
        }
    }

    public BigDecimal onlineHours() {
        return onlineHours;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
