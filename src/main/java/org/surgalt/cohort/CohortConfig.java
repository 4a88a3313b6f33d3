package org.surgalt.cohort;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "surgalt.cohort")
public interface CohortConfig {

    @WithName("import")
    Import importing();

    /** Bulk enrolment by CSV. */
    interface Import {

        /** Data rows one file may have; reading stops at the next one and the file is refused. */
        @WithDefault("50000")
        int maxRows();

        /** Bytes one file may have (a row is about 100 bytes; 20 MB leaves room for long names). */
        @WithDefault("20000000")
        long maxBytes();
    }

    /** How many members a cohort's page lists at a time. */
    @WithDefault("100")
    int membersPerPage();
}
