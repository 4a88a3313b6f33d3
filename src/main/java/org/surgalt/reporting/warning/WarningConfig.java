package org.surgalt.reporting.warning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Early warning's defaults: a cohort that has not chosen its own rules follows these. */
@ConfigMapping(prefix = "surgalt.warning")
public interface WarningConfig {

    /** List members with no activity in the cohort's courses for {@link #inactiveDays()} days. */
    @WithDefault("true")
    boolean inactive();

    @WithDefault("14")
    int inactiveDays();

    /** List who missed a face-to-face session they signed up for or were expected at. */
    @WithDefault("true")
    boolean missedSession();

    /** List assignments past their deadline with nothing handed in. */
    @WithDefault("true")
    boolean overdue();

    /** List learners who, at their pace so far, will not finish by the cohort's end date. */
    @WithDefault("true")
    boolean offPace();

    /** Mail learners inactive for {@link #nudgeDays()} days (at most once a week; they may opt out). */
    @WithDefault("true")
    boolean nudge();

    @WithDefault("14")
    int nudgeDays();

    /** How often each instance asks for the weekly run (a Quarkus scheduler interval; "off" disables it). */
    @WithDefault("1h")
    String checkInterval();
}
