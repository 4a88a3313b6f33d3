package org.surgalt.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A line item (AGS 2.0, V045): an LTI item's own, made on its first use (out of 100: its scores count
 * as percentages; LtiLineItemRepository) and kept in step with the item, or one its tool created in
 * a course, which the tool alone may change or delete.
 */
@Entity
@Table(name = "lti_line_item")
class LtiLineItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tool_id", nullable = false)
    private long toolId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    /** Set for an item's own line item: its scores are the item's grade. */
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "resource_link_id")
    private Long resourceLinkId;

    @Column(nullable = false)
    private String label;

    @Column(name = "score_maximum", nullable = false)
    private double scoreMaximum;

    private String tag;

    @Column(name = "resource_id")
    private String resourceId;

    @Column(nullable = false)
    private Instant created;

    protected LtiLineItem() {
    }

    private LtiLineItem(long toolId, long courseId, Long itemId) {
        this.toolId = toolId;
        this.courseId = courseId;
        this.itemId = itemId;
        this.created = Instant.now();
    }

    static LtiLineItem created(long toolId, long courseId, Definition definition) {
        LtiLineItem line = new LtiLineItem(toolId, courseId, null);
        line.define(definition);
        return line;
    }

    /** What a tool says of a line item it creates or replaces. */
    record Definition(String label, double scoreMaximum, Long resourceLinkId, String tag, String resourceId) {
    }

    void define(Definition definition) {
        this.label = definition.label();
        this.scoreMaximum = definition.scoreMaximum();
        this.resourceLinkId = definition.resourceLinkId();
        this.tag = definition.tag();
        this.resourceId = definition.resourceId();
    }

    /** An item's own line item follows the item's title and the tool the item launches. */
    void follow(String title, long toolId) {
        this.label = title;
        this.toolId = toolId;
    }

    boolean ownedByItem() {
        return itemId != null;
    }

    Long id() {
        return id;
    }

    long toolId() {
        return toolId;
    }

    long courseId() {
        return courseId;
    }

    Long itemId() {
        return itemId;
    }

    Long resourceLinkId() {
        return resourceLinkId;
    }

    String label() {
        return label;
    }

    double scoreMaximum() {
        return scoreMaximum;
    }

    String tag() {
        return tag;
    }

    String resourceId() {
        return resourceId;
    }
}
