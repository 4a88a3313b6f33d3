package org.surgalt.identity.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;

/**
 * Where an institution is: an aimag (or the capital) and a soum (or one of the capital's
 * districts). The aimags, the capital's districts and Khovd's soums ship with Surgalt
 * (places/mongolia-admin-units.csv); admins add other soums. Institutions store the Mongolian
 * names; a name is recognised in Mongolian or English, in any case.
 */
@ApplicationScoped
public class Places {

    static final String FILE = "places/mongolia-admin-units.csv";

    /** An aimag or the capital; {@code capital} lists first. */
    public record Aimag(String nameMn, String nameEn, boolean capital) {
    }

    /** A soum or district of an aimag; {@code added}: by an admin, not shipped. */
    public record Soum(String aimag, String nameMn, String nameEn, boolean added) {
    }

    private final List<Aimag> aimags = new ArrayList<>();
    private final List<Soum> shipped = new ArrayList<>();
    private final AddedSoumRepository added;
    private final AuditLog audit;

    Places(AddedSoumRepository added, AuditLog audit) {
        this.added = added;
        this.audit = audit;
        read();
    }

    public List<Aimag> aimags() {
        return List.copyOf(aimags);
    }

    /** Every soum of every aimag, shipped and added, by aimag then name. */
    @Transactional
    public List<Soum> soums() {
        List<Soum> all = new ArrayList<>(shipped);
        added.listAll().forEach(s -> all.add(new Soum(s.aimag(), s.nameMn(), s.nameEn(), true)));
        all.sort(Comparator.comparing(Soum::aimag).thenComparing(Soum::nameMn));
        return all;
    }

    /** The aimag named (Mongolian or English, any case), or empty. */
    public Optional<Aimag> aimag(String name) {
        String wanted = key(name);
        return aimags.stream().filter(a -> key(a.nameMn()).equals(wanted) || key(a.nameEn()).equals(wanted))
                .findFirst();
    }

    /** The soum of the aimag named (Mongolian or English, any case), or empty. */
    @Transactional
    public Optional<Soum> soum(Aimag aimag, String name) {
        return soum(soums(), aimag, name);
    }

    /** The soum among {@code known} (from {@link #soums()}, read once for many look-ups). */
    public static Optional<Soum> soum(List<Soum> known, Aimag aimag, String name) {
        String wanted = key(name);
        return known.stream().filter(s -> s.aimag().equals(aimag.nameMn()))
                .filter(s -> key(s.nameMn()).equals(wanted) || key(s.nameEn()).equals(wanted)).findFirst();
    }

    /** Adds a soum to the aimag (its Mongolian name as given), recorded as "place.create"; the soum if it exists. */
    @Transactional
    public Soum addSoum(Viewer viewer, Aimag aimag, String nameMn) {
        Optional<Soum> existing = soum(aimag, nameMn);
        if (existing.isPresent()) {
            return existing.get();
        }
        AddedSoum soum = new AddedSoum(aimag.nameMn(), nameMn.strip(), null, viewer.userId());
        added.persist(soum);
        audit.record(AuditLog.by(viewer, "place.create").object("place", soum.id())
                .after(new Soum(soum.aimag(), soum.nameMn(), null, true)));
        return new Soum(soum.aimag(), soum.nameMn(), null, true);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private void read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // level,name_mn,name_en,parent_mn
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(",", -1);
                if (parts.length < 4) {
                    continue;
                }
                switch (parts[0]) {
                    case "capital" -> aimags.add(0, new Aimag(parts[1], parts[2], true));
                    case "aimag" -> aimags.add(new Aimag(parts[1], parts[2], false));
                    default -> shipped.add(new Soum(parts[3], parts[1], parts[2], false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
