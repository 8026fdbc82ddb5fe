package no.ordna.cms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.platform.settings.SettingsRepository;
import no.ordna.cms.publishing.application.PublishingService;
import no.ordna.cms.shared.InvalidInputException;

/**
 * In-memory stand-ins for what {@link DemoDataLoader} uses: content items kept in a map (with every
 * save recorded, and If-Match checked like the real service), settings in a map, fixed locales.
 */
final class DemoFakes {

  private DemoFakes() {}

  /** One call to create or saveVariant, with the fields it was given. */
  record Save(String id, String locale, JsonObject fields) {}

  /**
   * Takes uploads without a store: receives the bytes, tells PDF, PNG and JPEG apart by their magic
   * numbers, and hands out asset ids.
   */
  static final class Assets extends no.ordna.cms.asset.application.AssetService {
    final List<String> ids = new ArrayList<>();
    final List<String> types = new ArrayList<>();
    private final Map<String, byte[]> received = new HashMap<>();

    @Override
    public no.ordna.cms.asset.storage.StagedBlob receive(java.io.InputStream in, Caller caller) {
      try {
        byte[] bytes = in.readAllBytes();
        String hash =
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        received.put(hash, bytes);
        return new no.ordna.cms.asset.storage.StagedBlob(hash, bytes.length, null);
      } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public no.ordna.cms.asset.application.AssetDetails create(
        no.ordna.cms.asset.storage.StagedBlob staged,
        no.ordna.cms.asset.application.AssetUpdate update,
        Caller caller) {
      byte[] bytes = received.get(staged.hash());
      no.ordna.cms.asset.domain.FileType type =
          bytes[0] == '%'
              ? no.ordna.cms.asset.domain.FileType.PDF
              : bytes[0] == (byte) 0x89
                  ? no.ordna.cms.asset.domain.FileType.PNG
                  : no.ordna.cms.asset.domain.FileType.JPEG;
      no.ordna.cms.asset.domain.Asset asset =
          new no.ordna.cms.asset.domain.Asset(
              new no.ordna.cms.asset.domain.FileFacts(
                  staged.hash(), staged.size(), type, null, null, null, null),
              update.fileName(),
              no.ordna.cms.asset.domain.AssetTexts.fromJson(update.texts()),
              caller.username(),
              Instant.EPOCH);
      ids.add(asset.id());
      types.add(type.mediaType());
      return no.ordna.cms.asset.application.AssetDetails.of(asset);
    }
  }

  /** Keeps items in memory; checks the If-Match it is given like the real service. */
  static final class Content extends ContentService {
    final Map<String, ContentItem> items = new LinkedHashMap<>();
    final List<Save> saves = new ArrayList<>();
    String refuseType;

    @Override
    public SavedVariant create(
        TypeKey typeKey, LocaleCode locale, JsonObject fields, Caller caller) {
      if (typeKey.value().equals(refuseType)) {
        throw InvalidInputException.of("fields.title", "refused by the test");
      }
      ContentItem item =
          new ContentItem(typeKey.value(), locale.value(), caller.username(), Instant.now());
      items.put(item.id(), item);
      return save(item, locale.value(), fields);
    }

    @Override
    public SavedVariant saveVariant(
        ItemId id, LocaleCode locale, JsonObject fields, String ifMatch, Caller caller) {
      ContentItem item = get(id);
      assertEquals(item.etag(), ifMatch);
      return save(item, locale.value(), fields);
    }

    private SavedVariant save(ContentItem item, String locale, JsonObject fields) {
      saves.add(new Save(item.id(), locale, fields));
      String title = fields.containsKey("title") ? fields.getString("title") : null;
      var variant = item.save(locale, fields, null, title, null, "system", Instant.now());
      return new SavedVariant(
          no.ordna.cms.content.application.ContentItemView.of(item),
          no.ordna.cms.content.application.ContentVariantView.of(variant),
          true);
    }

    @Override
    public ContentItem get(ItemId id) {
      return Optional.ofNullable(items.get(id.value())).orElseThrow();
    }

    @Override
    public long count() {
      return items.size();
    }

    List<Save> savesOf(String id) {
      return saves.stream().filter(s -> s.id().equals(id)).toList();
    }
  }

  /** Records each publication instead of writing snapshots. */
  static final class Publishing extends PublishingService {
    final List<String> published = new ArrayList<>();

    @Override
    public ContentVariant publish(ContentItem item, String locale, String by) {
      published.add(item.id() + "/" + locale + " by " + by);
      return item.variant(locale).orElseThrow();
    }
  }

  /** Settings in a map. */
  static final class Settings extends SettingsRepository {
    final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> find(String key) {
      return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
      values.put(key, value);
    }
  }

  /** A fixed list of configured locales, nb the default. */
  static final class Locales extends LocaleService {
    private final LocaleSettings fixed;

    Locales(List<String> locales) {
      this.fixed = new LocaleSettings(locales, "nb", Map.of());
    }

    @Override
    public LocaleSettings settings() {
      return fixed;
    }
  }
}
