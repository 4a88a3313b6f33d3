package org.surgalt.badge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Open Badges pages ({badge:key}; messages/badge.properties and badge_mn.properties). */
@MessageBundle(value = "badge", locale = "en")
public interface BadgeMessages {

    @Message
    String badge_verify_title();

    @Message
    String badge_verify_help();

    @Message
    String badge_verify_field();

    @Message
    String badge_verify_button();

    @Message
    String badge_outcome_valid();

    @Message
    String badge_outcome_revoked();

    @Message
    String badge_outcome_tampered();

    @Message
    String badge_outcome_not_yet_valid();

    @Message
    String badge_outcome_expired();

    @Message
    String badge_achievement();

    @Message
    String badge_issuer();

    @Message
    String badge_valid_from();

    @Message
    String badge_downloads_title();

    @Message
    String badge_downloads_help();

    @Message
    String badge_download_svg();

    @Message
    String badge_download_png();

    @Message
    String badge_download_json();

    @Message
    String badge_download_jwt();

    @Message
    String badge_verify_link();
}
