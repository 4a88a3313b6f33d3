package org.surgalt.node;

import java.util.Locale;

/** Sizes and link speeds as node pages show them, on the national and the node side alike. */
public final class LinkUnits {

    private LinkUnits() {
    }

    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GiB", n / (1024.0 * 1024 * 1024));
    }

    public static String bits(long perSecond) {
        return perSecond < 1_000_000 ? String.format(Locale.ROOT, "%.1f kbit/s", perSecond / 1000.0)
                : String.format(Locale.ROOT, "%.1f Mbit/s", perSecond / 1_000_000.0);
    }
}
