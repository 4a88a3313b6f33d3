package org.surgalt.progress;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;

/** A course's completion rule over the API, for its editors. */
@Path("/api/courses/{courseId}/completion-rule")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionRuleApiResource {

    /** {@code version}: the rule's version the change is based on (0 before the first save). */
    public record RuleInput(Long version, Boolean allModules, List<ConditionInput> conditions, BigDecimal onlineHours) {
    }

    public record ConditionInput(List<Long> items, Integer atLeast) {
    }

    private final CompletionRuleService rules;
    private final CurrentUser currentUser;

    CompletionRuleApiResource(CompletionRuleService rules, CurrentUser currentUser) {
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The course's completion rule: every module, conditions 'at least n of these items', online hours")
    public CompletionRuleService.RuleView get(@PathParam("courseId") long courseId) {
        return rules.view(currentUser.require(), courseId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the completion rule (409 when someone saved since 'version'); learners are recomputed in the background")
    public CompletionRuleService.RuleView put(@PathParam("courseId") long courseId, RuleInput input) {
        if (input == null || input.version() == null) {
            throw DomainException.invalid("version", "is required (0 before the first save)");
        }
        List<RuleCondition> conditions = new ArrayList<>();
        List<ConditionInput> given = input.conditions() == null ? List.of() : input.conditions();
        for (int i = 0; i < given.size(); i++) {
            ConditionInput condition = given.get(i);
            if (condition == null || condition.items() == null || condition.items().contains(null)) {
                throw DomainException.invalid("conditions[" + i + "].items", "must be a list of item ids");
            }
            if (condition.atLeast() == null) {
                throw DomainException.invalid("conditions[" + i + "].atLeast", "is required");
            }
            conditions.add(new RuleCondition(condition.items(), condition.atLeast()));
        }
        return rules.save(currentUser.require(), courseId, input.version(),
                input.allModules() == null || input.allModules(), conditions, input.onlineHours());
    }
}
