package org.surgalt.library;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class LibraryCommentRepository implements PanacheRepository<LibraryComment> {

    /** A comment as pages show it; {@code author} is null for an erased person ("former member"). */
    record Row(long id, long authorId, String author, String body, Instant createdAt) {
    }

    /** A resource's comments, oldest first, each with its author's name. */
    List<Row> withAuthors(long resourceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT c.id, c.author_id, "
                + "CASE WHEN u.erased_at IS NULL THEN u.display_name END, c.body, c.created_at FROM library_comment c "
                + "JOIN app_user u ON u.id = c.author_id WHERE c.resource_id = ?1 ORDER BY c.created_at, c.id")
                .setParameter(1, resourceId).getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], LibraryRepository.instant(r[4]))).toList();
    }
}
