package no.ordna.cms.asset.application;

import java.util.List;
import no.ordna.cms.publishing.domain.Snapshot;

/** The published and the draft variants that use an asset. */
public record AssetUsage(List<User> published, List<User> drafts) {

  /** One variant that uses the asset; its title may be null. */
  public record User(String itemId, String type, String locale, String title) {

    static User of(Snapshot snapshot) {
      return new User(snapshot.itemId(), snapshot.typeKey(), snapshot.locale(), snapshot.title());
    }
  }
}
