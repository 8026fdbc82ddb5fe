package no.ordna.cms.asset.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the {@link BlobStore}: the local file system under {@code cms.assets.dir} (default {@code
 * <cms.data.dir>/assets}). Another store (an S3-compatible bucket) would be chosen here, by
 * configuration, and nowhere else.
 */
@ApplicationScoped
public class BlobStores {

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "cms.assets.dir", defaultValue = " ")
  String assetsDir;

  @Produces
  @ApplicationScoped
  BlobStore store() {
    Path root =
        assetsDir.isBlank() ? Path.of(dataDir).resolve("assets") : Path.of(assetsDir.trim());
    return new FileSystemBlobStore(root);
  }
}
