package org.surgalt.content;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class UploadRepository implements PanacheRepositoryBase<Upload, String> {

    public List<Upload> idleSince(Instant before) {
        return list("status = ?1 and updatedAt < ?2", UploadStatus.UPLOADING, before);
    }
}
