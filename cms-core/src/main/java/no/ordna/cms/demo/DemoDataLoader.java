package no.ordna.cms.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.ordna.cms.asset.application.AssetService;
import no.ordna.cms.asset.application.AssetUpdate;
import no.ordna.cms.asset.storage.StagedBlob;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.demo.DemoDataset.Entry;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.platform.settings.SettingsRepository;
import no.ordna.cms.platform.startup.FirstStartTask;
import no.ordna.cms.publishing.application.PublishingService;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the {@link DemoDataset} at start-up when {@code cms.demo-data} ({@code CMS_DEMO_DATA}) is
 * true. Invariants: it loads at most once (the marker {@value #MARKER} is written in the same
 * transaction as the content), never into a database that already holds content items, and either
 * loads every entry or nothing (one transaction; a failing entry fails the start, naming the entry
 * and its violations). Items go through {@link ContentService} as {@link Caller#system()}, so they
 * are checked like any editor's content. The dataset's sample files (a PDF per document, drawn
 * pictures for the photographs) are made in code and uploaded first, through {@link AssetService},
 * with their titles and alt texts. The dataset is reviewed content that ships with the product, so
 * every variant is then published at once (by {@code demo-data}, in the publication log like any
 * publication) and front ends see it straight away.
 */
@ApplicationScoped
public class DemoDataLoader implements FirstStartTask {

  static final String MARKER = "demo-data.loaded";
  static final String PUBLISHER = "demo-data";
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject ContentService contents;
  @Inject AssetService assets;
  @Inject SettingsRepository settings;
  @Inject LocaleService locales;
  @Inject PublishingService publishing;

  @Inject
  @ConfigProperty(name = "cms.demo-data", defaultValue = "false")
  boolean enabled;

  @Override
  public int order() {
    return 30;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run() {
    loadOnce();
  }

  void loadOnce() {
    if (!enabled) {
      return;
    }
    if (settings.find(MARKER).isPresent()) {
      LOG.info("Demo data was loaded before (" + MARKER + " is set); not loading it again");
      return;
    }
    long existing = contents.count();
    if (existing > 0) {
      LOG.warning(
          "CMS_DEMO_DATA is set, but the database already holds "
              + existing
              + " content items; leaving it untouched");
      return;
    }
    DemoDataset dataset = DemoDataset.read();
    int items = load(dataset);
    settings.put(MARKER, dataset.name() + ": " + items + " items");
    LOG.info("Loaded the demo dataset '" + dataset.name() + "': " + items + " content items");
  }

  /**
   * Creates every entry in file order. A field that names a later entry is left out at first and
   * saved in a second pass, once every item exists; further locale variants are saved last, so they
   * record the original's final revision as their translation source.
   */
  int load(DemoDataset dataset) {
    assetIds = uploadAssets(dataset);
    Map<String, String> ids = new LinkedHashMap<>();
    List<Entry> incomplete = new ArrayList<>();
    for (Entry entry : dataset.entries()) {
      JsonObject ready = DemoDataset.withRefsOnlyTo(entry.fields(), ids.keySet());
      if (ready.size() < entry.fields().size()) {
        incomplete.add(entry);
      }
      ids.put(entry.key(), create(entry, ready, ids));
    }
    for (Entry entry : incomplete) {
      save(entry, entry.locale(), entry.fields(), ids);
    }
    for (Entry entry : dataset.entries()) {
      entry.variants().forEach((locale, fields) -> saveVariant(entry, locale, fields, ids));
    }
    for (String id : ids.values()) {
      ContentItem item = contents.get(new ItemId(id));
      item.variants().stream()
          .map(ContentVariant::locale)
          .toList()
          .forEach(locale -> publishing.publish(item, locale, PUBLISHER));
    }
    return ids.size();
  }

  private Map<String, String> assetIds = Map.of();

  /** Makes the sample files and uploads them as the system; returns their ids by key. */
  private Map<String, String> uploadAssets(DemoDataset dataset) {
    Map<String, String> uploaded = new LinkedHashMap<>();
    for (DemoDataset.AssetEntry asset : dataset.assets()) {
      String title = asset.texts().getJsonObject("nb").getString("title", asset.key());
      byte[] bytes = DemoAssets.bytes(asset, title);
      StagedBlob staged = assets.receive(new ByteArrayInputStream(bytes), Caller.system());
      String id =
          assets
              .create(staged, new AssetUpdate(asset.texts(), null, asset.key()), Caller.system())
              .id();
      uploaded.put(asset.key(), id);
    }
    return uploaded;
  }

  private String create(Entry entry, JsonObject fields, Map<String, String> ids) {
    try {
      return contents
          .create(
              new TypeKey(entry.type()),
              new LocaleCode(entry.locale()),
              resolve(fields, ids),
              Caller.system())
          .item()
          .id();
    } catch (CmsException e) {
      throw failure(entry, entry.locale(), e);
    }
  }

  private void saveVariant(Entry entry, String locale, JsonObject fields, Map<String, String> ids) {
    if (!locales.settings().isConfigured(locale)) {
      LOG.info("Demo entry " + entry.key() + ": locale " + locale + " is not configured; skipped");
      return;
    }
    save(entry, locale, fields, ids);
  }

  private void save(Entry entry, String locale, JsonObject fields, Map<String, String> ids) {
    ItemId id = new ItemId(ids.get(entry.key()));
    try {
      String etag = contents.get(id).etag();
      contents.saveVariant(id, new LocaleCode(locale), resolve(fields, ids), etag, Caller.system());
    } catch (CmsException e) {
      throw failure(entry, locale, e);
    }
  }

  private JsonObject resolve(JsonObject fields, Map<String, String> ids) {
    return DemoDataset.resolve(fields, ids::get, assetIds::get).asJsonObject();
  }

  private static IllegalStateException failure(Entry entry, String locale, CmsException e) {
    String detail =
        e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()
            ? invalid.violations().toString()
            : e.getMessage();
    return new IllegalStateException(
        "Demo entry " + entry.key() + " (" + locale + ") could not be saved: " + detail, e);
  }
}
