package org.surgalt.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The custom parameters of one LTI item (V046), as a JSON object; a launch sends them in its custom claim. */
@Entity
@Table(name = "lti_item_custom")
class LtiItemCustom {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String parameters;

    protected LtiItemCustom() {
    }

    LtiItemCustom(long itemId, String parameters) {
        this.itemId = itemId;
        this.parameters = parameters;
    }

    void replace(String newParameters) {
        this.parameters = newParameters;
    }

    String parameters() {
        return parameters;
    }
}
