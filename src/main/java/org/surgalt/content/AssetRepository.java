package org.surgalt.content;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class AssetRepository implements PanacheRepositoryBase<Asset, String> {

    /**
     * Every column that refers to an asset: the schema's foreign keys to asset, except asset_text's,
     * which belongs to the asset. Named here rather than asked of each feature because the
     * collector needs one query over all of them; AssetCollectorTest compares the list with the
     * schema, and the foreign keys make a forgotten one fail safe (the delete is refused).
     */
    static final List<String> REFERENCES = List.of("item.asset_sha256", "item_version.asset_sha256",
            "course_asset.sha256", "version_asset.sha256", "upload.sha256", "submission_file.sha256",
            "scorm_package.sha256", "h5p_package.sha256", "cmi5_package.sha256",
            "library_resource.asset_sha256");

    private static final String UNREFERENCED = REFERENCES.stream().map(column -> {
        String[] tableAndColumn = column.split("\\.");
        return "NOT EXISTS (SELECT 1 FROM " + tableAndColumn[0] + " r WHERE r." + tableAndColumn[1]
                + " = a.sha256)";
    }).collect(Collectors.joining(" AND "));

    /**
     * Inserts the row unless one exists (INSERT IGNORE, so concurrent inserts of the same content
     * do not fail). Either way the key is locked until the transaction ends: the new row's lock,
     * or the shared lock on the existing one. Returns whether it inserted.
     */
    public boolean insertIfAbsent(String sha256, long size, String firstFilename) {
        return getEntityManager().createNativeQuery("""
                INSERT IGNORE INTO asset (sha256, size, first_filename, created_at)
                VALUES (:sha256, :size, :name, :now)""")
                .setParameter("sha256", sha256).setParameter("size", size).setParameter("name", firstFilename)
                .setParameter("now", Instant.now()).executeUpdate() == 1;
    }

    /** Up to {@code max} assets older than {@code cutoff} that nothing refers to, by key, after {@code after}. */
    @SuppressWarnings("unchecked")
    List<String> unreferencedBefore(Instant cutoff, String after, int max) {
        return getEntityManager().createNativeQuery("SELECT a.sha256 FROM asset a WHERE a.created_at < :cutoff"
                + " AND a.sha256 > :after AND " + UNREFERENCED + " ORDER BY a.sha256 LIMIT :max")
                .setParameter("cutoff", cutoff).setParameter("after", after).setParameter("max", max)
                .getResultList();
    }

    boolean isReferenced(String sha256) {
        return ((Number) getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM asset a WHERE a.sha256 = :sha256 AND NOT (" + UNREFERENCED + ")")
                .setParameter("sha256", sha256).getSingleResult()).longValue() > 0;
    }

    /** Those of {@code sha256s} that have no asset row. */
    @SuppressWarnings("unchecked")
    Set<String> withoutRow(Collection<String> sha256s) {
        Set<String> missing = new HashSet<>(sha256s);
        if (!missing.isEmpty()) {
            missing.removeAll(getEntityManager().createNativeQuery("SELECT sha256 FROM asset WHERE sha256 IN (:keys)")
                    .setParameter("keys", sha256s).getResultList());
        }
        return missing;
    }

    /** Deletes the row and its extracted text, with SQL in that order (asset_text refers to asset). */
    void deleteWithText(String sha256) {
        getEntityManager().createNativeQuery("DELETE FROM asset_text WHERE sha256 = :sha256")
                .setParameter("sha256", sha256).executeUpdate();
        getEntityManager().createNativeQuery("DELETE FROM asset WHERE sha256 = :sha256")
                .setParameter("sha256", sha256).executeUpdate();
    }
}
