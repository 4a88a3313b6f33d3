package org.surgalt.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** A person who uses Surgalt: a teacher, master teacher, coordinator or admin. */
@Entity
@Table(name = "app_user")
public class User {

    public static final Set<String> LOCALES = Set.of("en", "mn");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 8)
    private String locale;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String email, String displayName, String locale, Institution institution) {
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("Unsupported locale: " + locale);
        }
        this.email = email.strip();
        this.displayName = displayName.strip();
        this.locale = locale;
        this.institution = institution;
        this.createdAt = Instant.now();
    }

    /** The language of the person's pages, mails and certificates. */
    public void chooseLocale(String newLocale) {
        if (!LOCALES.contains(newLocale)) {
            throw new IllegalArgumentException("Unsupported locale: " + newLocale);
        }
        this.locale = newLocale;
    }

    /** An admin's correction of the name or address (PeopleResource); the address is unique (V001). */
    public void correct(String newEmail, String newDisplayName) {
        this.email = newEmail.strip();
        this.displayName = newDisplayName.strip();
    }

    /** Membership follows the institution whose provider the person last signed in with. */
    public void joinInstitution(Institution newInstitution) {
        this.institution = newInstitution;
    }

    /** A disabled person cannot sign in; their sessions are ended by whoever disables them. */
    public void disable(Instant at) {
        if (disabledAt == null) {
            disabledAt = at;
        }
    }

    public void enable() {
        disabledAt = null;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public Institution institution() {
        return institution;
    }
}
