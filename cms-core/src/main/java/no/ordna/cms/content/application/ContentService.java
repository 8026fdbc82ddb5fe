package no.ordna.cms.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.audit.application.AuditTrail;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.content.domain.ContentDeleted;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentRevision;
import no.ordna.cms.content.domain.ContentSaved;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.content.domain.ItemQuery;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;

/**
 * Use cases on content items: create an item with its first variant, read and list, save a variant
 * (a new locale or a change), delete. Each save is checked against the content type and guarded by
 * the ETag the client last saw.
 */
@ApplicationScoped
@Transactional
public class ContentService {

  @Inject ContentRepository content;
  @Inject ContentTypeService types;
  @Inject VariantPreparation preparation;
  @Inject LocaleService locales;
  @Inject Clock clock;
  @Inject Event<ContentSaved> saved;
  @Inject TranslationTracking translations;
  @Inject AuditTrail audit;
  @Inject Event<ContentDeleted> deleted;

  public SavedVariant create(TypeKey key, LocaleCode localeCode, JsonObject fields, Caller caller) {
    String typeKey = key.value();
    String locale = localeCode.value();
    if (!caller.mayCreate(typeKey)) {
      throw new ForbiddenException("You may not create '" + typeKey + "' items");
    }
    TypeDefinition type =
        types.definition(TypeKind.CONTENT, key).orElseThrow(() -> unknownType(typeKey));
    locales.requireConfigured(locale, "locale");
    ContentItem item = new ContentItem(typeKey, locale, caller.username(), clock.instant());
    PreparedVariant prepared = preparation.prepare(type, item, locale, fields, caller);
    ContentVariant variant = save(item, locale, prepared, caller);
    content.store(item);
    content.flush();
    content.store(new ContentRevision(variant, null));
    content.flush();
    audit.record(
        caller,
        "item.create",
        new AuditSubject(item.id(), typeKey, locale, variant.revision()),
        null,
        null);
    saved.fire(new ContentSaved(item.id(), locale));
    return new SavedVariant(ContentItemView.of(item), ContentVariantView.of(variant), true);
  }

  public SavedVariant saveVariant(
      ItemId id, LocaleCode locale, JsonObject fields, ExpectedVersion expected, Caller caller) {
    return saveVariant(id, locale, fields, null, null, expected, caller);
  }

  /**
   * Saves a variant. A new variant other than the original is a translation of {@code sourceLocale}
   * (default: the item's original locale) at that locale's current revision.
   */
  public SavedVariant saveVariant(
      ItemId id,
      LocaleCode localeCode,
      JsonObject fields,
      String requestedSource,
      String comment,
      ExpectedVersion expected,
      Caller caller) {
    ContentItem item = getForUpdate(id);
    String locale = localeCode.value();
    locales.requireConfiguredInPath(locale);
    if (!caller.mayEditLocalized(item.typeKey(), locale)) {
      throw new ForbiddenException(
          "You may not edit '" + item.typeKey() + "' content in locale '" + locale + "'");
    }
    requireCurrent(item, item.variant(locale), expected);
    String sourceLocale = translations.sourceFor(item, locale, requestedSource);
    TypeDefinition type = types.get(TypeKind.CONTENT, item.type()).definition();
    boolean created = item.variant(locale).isEmpty();
    PreparedVariant prepared = preparation.prepare(type, item, locale, fields, caller);
    ContentVariant variant = save(item, locale, prepared, caller);
    if (created && sourceLocale != null) {
      ContentVariant source = item.variant(sourceLocale).orElseThrow();
      item.markTranslation(locale, source.locale(), source.revision());
    }
    content.flush();
    content.store(new ContentRevision(variant, comment));
    content.flush();
    audit.record(
        caller,
        created ? "variant.create" : "variant.save",
        new AuditSubject(item.id(), item.typeKey(), locale, variant.revision()),
        comment,
        null);
    translations.sourceSaved(item, locale);
    content.flush();
    saved.fire(new ContentSaved(item.id(), locale));
    return new SavedVariant(ContentItemView.of(item), ContentVariantView.of(variant), created);
  }

  private ContentVariant save(
      ContentItem item, String locale, PreparedVariant prepared, Caller caller) {
    return item.save(
        locale,
        prepared.localized(),
        prepared.shared(),
        prepared.title(),
        prepared.slug(),
        caller.username(),
        clock.instant());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentItem get(ItemId id) {
    return content.find(id.value()).orElseThrow(() -> unknownItem(id.value()));
  }

  /**
   * An item for a change, locked until the transaction ends (see {@link
   * ContentRepository#findForUpdate}); must be the first read of the item in its transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ContentItem getForUpdate(ItemId id) {
    return content.findForUpdate(id.value()).orElseThrow(() -> unknownItem(id.value()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentVariant getVariant(ItemId id, LocaleCode locale) {
    return get(id)
        .variant(locale.value())
        .orElseThrow(() -> unknownVariant(id.value(), locale.value()));
  }

  /** The answer for a type named in a new item that is no content type: 400 at {@code type}. */
  public static InvalidInputException unknownType(String typeKey) {
    return InvalidInputException.of("type", "unknown content type '" + typeKey + "'");
  }

  /** The answer for an id that names no content item (or cannot: {@code id} is as given). */
  public static NotFoundException unknownItem(String id) {
    return new NotFoundException("unknown-item", "No content item with id '" + id + "'");
  }

  /** The answer for a locale an item has no variant in (or cannot have: as given). */
  public static NotFoundException unknownVariant(String id, String locale) {
    return new NotFoundException(
        "unknown-variant", "Item '" + id + "' has no variant in locale '" + locale + "'");
  }

  /** An item with all its variants, as it is now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentItemView item(ItemId id) {
    return ContentItemView.of(get(id));
  }

  /** One locale variant of an item, as it is now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentVariantView variant(ItemId id, LocaleCode locale) {
    return ContentVariantView.of(getVariant(id, locale));
  }

  /** How many content items exist, of any type (zero: a fresh database). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count() {
    return content.count();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Map<String, Long> variantsPerLocale() {
    return content.variantsPerLocale();
  }

  /**
   * Restores revision {@code number} of a variant as a new draft revision (history is never
   * rewritten): its localized values and, with {@code includeShared}, the shared values it had.
   */
  public SavedVariant restoreRevision(
      ItemId id,
      LocaleCode locale,
      int number,
      boolean includeShared,
      String comment,
      ExpectedVersion expected,
      Caller caller) {
    ContentVariant variant = getVariant(id, locale);
    ContentRevision revision =
        content
            .revision(variant, number)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "unknown-revision",
                        "The " + locale + " variant has no revision " + number));
    jakarta.json.JsonObjectBuilder values =
        no.ordna.cms.shared.Jsons.createObjectBuilder(revision.fields());
    if (includeShared) {
      revision.sharedFields().forEach(values::add);
    }
    String note =
        "Restored revision "
            + number
            + (comment == null || comment.isBlank() ? "" : ": " + comment);
    SavedVariant saved = saveVariant(id, locale, values.build(), null, note, expected, caller);
    audit.record(
        caller,
        "revision.restore",
        new AuditSubject(
            id.value(), saved.item().typeKey(), locale.value(), saved.variant().revision()),
        comment,
        no.ordna.cms.shared.Jsons.createObjectBuilder()
            .add("restoredRevision", number)
            .add("includeShared", includeShared)
            .build());
    return saved;
  }

  /** Field by field (rich text by paragraph, blocks by block) from one revision to another. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RevisionDiff diff(ItemId id, LocaleCode locale, int from, int to) {
    ContentRevision before = revision(id, locale, from);
    ContentRevision after = revision(id, locale, to);
    var type =
        types.get(no.ordna.cms.contenttype.domain.TypeKind.CONTENT, get(id).type()).definition();
    return new RevisionDiff(
        from,
        to,
        no.ordna.cms.content.domain.diff.FieldsDiff.between(type, before.fields(), after.fields()),
        no.ordna.cms.content.domain.diff.FieldsDiff.between(
            type, before.sharedFields(), after.sharedFields()));
  }

  /** One revision of a variant with its localized and shared values. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentRevisionView revisionView(ItemId id, LocaleCode locale, int number) {
    return ContentRevisionView.of(revision(id, locale, number));
  }

  private ContentRevision revision(ItemId id, LocaleCode locale, int number) {
    return content
        .revision(getVariant(id, locale), number)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "unknown-revision", "The " + locale + " variant has no revision " + number));
  }

  /** Records which source revision a translation was made from (e.g. by an XLIFF import). */
  public void recordTranslationSource(
      ItemId itemId, LocaleCode locale, String sourceLocale, int revision) {
    translations.recordSource(get(itemId), locale.value(), sourceLocale, revision);
    content.flush();
  }

  /** Writes pending changes, so versions and ETags are current before a response is made. */
  public void flush() {
    content.flush();
  }

  /**
   * A page of the list as the caller may see it: only items of the types it is limited to.
   *
   * <p>Read in a transaction, so that the page's items, their variants (loaded in one batch when
   * the views are made) and each variant's item are one persistence context: outside one, the items
   * read were no longer known when their variants came, and every variant's (eager) item was read
   * again on its own, a query per item and variant; now a page costs the same few statements at any
   * size, and shows one consistent state of the items and their variants.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Page<ContentItemView> list(ItemQuery query, PageRequest page, Caller caller) {
    if (query.type() != null && !caller.mayReadType(query.type())) {
      // a type outside the caller's limits: nothing
      return new Page<>(List.of(), java.util.Optional.empty());
    }
    return Page.of(
            content.list(query, page, caller.contentTypes()),
            page,
            item -> ContentRepository.position(item, query))
        .map(ContentItemView::of);
  }

  /**
   * Refuses to show an item of a type outside the caller's limits: to the caller it is unknown
   * (404, as if it did not exist).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void requireReadable(ItemId id, Caller caller) {
    if (!caller.mayReadType(get(id).typeKey())) {
      throw unknownItem(id.value());
    }
  }

  /** The revisions of a variant, oldest first, without their values. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentRevisionView> revisions(ItemId id, LocaleCode locale) {
    return content.revisions(getVariant(id, locale)).stream()
        .map(ContentRevisionView::summary)
        .toList();
  }

  /** Deletes an item for good, with its variants and revisions (the trash's purge). */
  public void purge(String id) {
    ContentItem item = content.findAny(id).orElseThrow(() -> unknownItem(id));
    deleted.fire(new ContentDeleted(item.id(), item.typeKey()));
    content.delete(item);
  }

  /**
   * The If-Match rule for an item (for use cases outside this service): the item's ETag, or for a
   * variant also the variant's own.
   */
  public static void requireCurrent(
      ContentItem item, Optional<ContentVariant> variant, ExpectedVersion expected) {
    if (variant.isPresent()) {
      expected.require("item", item.etag(), variant.get().etag());
    } else {
      expected.require("item", item.etag());
    }
  }
}
