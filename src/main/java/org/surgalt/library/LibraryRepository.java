package org.surgalt.library;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.search.SearchQuery;

/**
 * The library's resources and ratings. Search is MariaDB FULLTEXT in boolean mode over title,
 * description and body, with the words search/ makes of what was typed ({@link SearchQuery}: each
 * a required prefix, so Mongolian suffixes match); the table's accent- and case-insensitive
 * collation makes Cyrillic and Latin case alike.
 */
@ApplicationScoped
public class LibraryRepository implements PanacheRepository<TeachingResource> {

    /** The filters of the list; null is "any". */
    record Filter(ResourceKind kind, Subject subject, Integer grade, String language, String aimag, Licence licence) {
    }

    record Found(List<Long> ids, long total) {
    }

    record Rating(double average, int count) {
        static final Rating NONE = new Rating(0, 0);
    }

    /**
     * One page of the resources the viewer may see (hidden ones, and files inspection has not
     * accepted, only for their author and, with {@code curator}, for curators), featured first, then
     * best match, then newest.
     */
    Found find(SearchQuery query, Filter filter, long viewerId, boolean curator, int offset, int size) {
        return find(query, filter, viewerId, curator, offset, size, true);
    }

    /** The first {@code size} ids of what {@link #find} lists, without counting them all (site search's use). */
    List<Long> firstIds(SearchQuery query, Filter filter, long viewerId, boolean curator, int size) {
        return find(query, filter, viewerId, curator, 0, size, false).ids();
    }

    /** {@code counted}: also count every match ({@code total}; else -1). */
    private Found find(SearchQuery query, Filter filter, long viewerId, boolean curator, int offset, int size,
            boolean counted) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!curator) {
            // Hidden ones, and files not (yet) accepted by inspection, only for their author.
            where.append(" AND ((r.hidden_reason IS NULL AND (r.body IS NOT NULL OR r.asset_sha256 IS NOT NULL))"
                    + " OR r.author_id = :viewer)");
            parameters.put("viewer", viewerId);
        }
        if (query != null) {
            where.append(" AND MATCH (r.title, r.description, r.body) AGAINST (:q IN BOOLEAN MODE)");
            parameters.put("q", query.booleanMode());
        }
        if (filter.kind() != null) {
            where.append(" AND r.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.subject() != null) {
            where.append(" AND r.subject = :subject");
            parameters.put("subject", filter.subject().name());
        }
        if (filter.grade() != null) {
            where.append(" AND r.grades LIKE :grade");
            parameters.put("grade", "%," + filter.grade() + ",%");
        }
        if (filter.language() != null) {
            where.append(" AND r.language = :language");
            parameters.put("language", filter.language());
        }
        if (filter.aimag() != null) {
            where.append(" AND r.aimag = :aimag");
            parameters.put("aimag", filter.aimag());
        }
        if (filter.licence() != null) {
            where.append(" AND r.licence = :licence");
            parameters.put("licence", filter.licence().name());
        }
        String order = " ORDER BY r.featured DESC"
                + (query != null ? ", MATCH (r.title, r.description, r.body) AGAINST (:q IN BOOLEAN MODE) DESC" : "")
                + ", r.created_at DESC, r.id DESC";
        Query page = getEntityManager().createNativeQuery("SELECT r.id FROM library_resource r" + where + order)
                .setFirstResult(offset).setMaxResults(size);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Number> ids = page.getResultList();
        long total = -1;
        if (counted) {
            Query count = getEntityManager().createNativeQuery("SELECT COUNT(*) FROM library_resource r" + where);
            parameters.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Found(ids.stream().map(Number::longValue).toList(), total);
    }

    /** Resources whose file is still waiting for inspection's verdict (few at any time). */
    List<TeachingResource> pending() {
        return list("uploadId is not null and assetSha256 is null and rejection is null");
    }

    /** The resources of these ids, in their order. */
    List<TeachingResource> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TeachingResource> byId = new HashMap<>();
        list("id in ?1", ids).forEach(resource -> byId.put(resource.id(), resource));
        List<TeachingResource> ordered = new ArrayList<>();
        ids.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        return ordered;
    }

    /** Display names by person; an erased person's is absent (pages say "former member"). */
    Map<Long, String> authors(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, display_name FROM app_user "
                + "WHERE id IN (:ids) AND erased_at IS NULL").setParameter("ids", userIds).getResultList();
        rows.forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
    }

    Map<Long, Rating> ratings(Collection<Long> resourceIds) {
        Map<Long, Rating> ratings = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return ratings;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT resource_id, AVG(stars), COUNT(*) "
                + "FROM library_rating WHERE resource_id IN (:ids) GROUP BY resource_id")
                .setParameter("ids", resourceIds).getResultList();
        rows.forEach(row -> ratings.put(((Number) row[0]).longValue(),
                new Rating(((Number) row[1]).doubleValue(), ((Number) row[2]).intValue())));
        return ratings;
    }

    /** One rating per person: a second one replaces the first. */
    void rate(long resourceId, long userId, int stars) {
        getEntityManager().createNativeQuery("INSERT INTO library_rating (resource_id, user_id, stars, rated_at) "
                + "VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE stars = VALUES(stars), rated_at = VALUES(rated_at)")
                .setParameter(1, resourceId).setParameter(2, userId).setParameter(3, stars)
                .setParameter(4, Instant.now()).executeUpdate();
    }

    Optional<Integer> ratingOf(long resourceId, long userId) {
        @SuppressWarnings("unchecked")
        List<Number> stars = getEntityManager().createNativeQuery("SELECT stars FROM library_rating "
                + "WHERE resource_id = ?1 AND user_id = ?2").setParameter(1, resourceId).setParameter(2, userId)
                .getResultList();
        return stars.stream().findFirst().map(Number::intValue);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }
}
