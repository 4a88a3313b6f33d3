package org.surgalt.content;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssetTextRepository implements PanacheRepositoryBase<AssetText, String> {
}
