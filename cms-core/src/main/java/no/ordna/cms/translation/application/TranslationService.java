package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentRevision;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.content.domain.diff.FieldChange;
import no.ordna.cms.content.domain.diff.FieldsDiff;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;
import no.ordna.cms.translation.domain.QueueCursor;
import no.ordna.cms.translation.domain.TranslationQuery;
import no.ordna.cms.translation.domain.TranslationStatus;
import no.ordna.cms.translation.persistence.TranslationQueries;

/**
 * The translators' use cases: the queue for a locale, one translation beside the changes of its
 * source, and marking a translation up to date with its source.
 */
@ApplicationScoped
@Transactional
public class TranslationService {

  @Inject TranslationQueries queries;
  @Inject ContentService content;
  @Inject no.ordna.cms.audit.application.AuditTrail audit;
  @Inject ContentRepository repository;
  @Inject ContentTypeService types;
  @Inject LocaleService locales;

  /** A page of the queue. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QueueEntry> queue(TranslationQuery query, PageRequest page) {
    return queue(query, page, java.util.Set.of());
  }

  /**
   * The queue as the caller may see it: only items of the content types it is limited to, and
   * nothing in a locale a translator is not granted.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QueueEntry> queue(TranslationQuery query, PageRequest page, Caller caller) {
    locales.requireConfigured(query.locale(), "locale");
    var roles = caller.roles();
    boolean translatorOnly =
        !caller.isAdmin()
            && !roles.contains(no.ordna.cms.identity.domain.Role.EDITOR)
            && !roles.contains(no.ordna.cms.identity.domain.Role.PUBLISHER)
            && roles.contains(no.ordna.cms.identity.domain.Role.TRANSLATOR);
    if ((query.type() != null && !caller.mayReadType(query.type()))
        || (translatorOnly && !caller.locales().contains(query.locale()))) {
      return new Page<>(List.of(), Optional.empty());
    }
    return queue(query, page, caller.contentTypes());
  }

  private Page<QueueEntry> queue(
      TranslationQuery query, PageRequest page, java.util.Set<String> types) {
    locales.requireConfigured(query.locale(), "locale");
    Page<ContentItem> items =
        Page.of(
            queries.page(query, page, types), page, item -> position(item, query.sort()).cursor());
    List<QueueEntry> entries = new ArrayList<>();
    for (ContentItem item : items.items()) {
      Optional<ContentVariant> translation = item.variant(query.locale());
      ContentVariant source = sourceOf(item, translation);
      TranslationStatus status = TranslationStatus.of(translation);
      entries.add(
          new QueueEntry(
              item,
              source,
              translation.orElse(null),
              status,
              fields(item, source, translation, status)));
    }
    return new Page<>(entries, items.next());
  }

  /** Where {@code item} stands in the queue's order {@code sort}. */
  private static QueueCursor position(ContentItem item, String sort) {
    if (sort.equals("-updatedAt")) {
      return new QueueCursor(sort, item.updatedAt(), item.id());
    }
    Instant published =
        item.variant(item.originalLocale()).map(ContentVariant::firstPublishedAt).orElse(null);
    return new QueueCursor(sort, published, item.id());
  }

  /** {@link #queue(TranslationQuery, PageRequest, Caller)} as clients see it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<QueueLine> queueLines(TranslationQuery query, PageRequest page, Caller caller) {
    return queue(query, page, caller).map(QueueLine::of);
  }

  /** How many items of a locale's queue (optionally of one type) have each status. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<TranslationStatus, Long> counts(String locale, String type) {
    locales.requireConfigured(locale, "locale");
    Map<TranslationStatus, Long> counts = new EnumMap<>(TranslationStatus.class);
    for (TranslationStatus status : TranslationStatus.values()) {
      counts.put(status, queries.count(locale, type, status));
    }
    return counts;
  }

  private List<String> fields(
      ContentItem item,
      ContentVariant source,
      Optional<ContentVariant> translation,
      TranslationStatus status) {
    return switch (status) {
      case MISSING -> List.copyOf(source.fields().keySet());
      case OUTDATED ->
          changes(item, source, translation.get()).stream().map(FieldChange::field).toList();
      default -> List.of();
    };
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationDetail detail(ItemId itemId, LocaleCode localeCode, Caller caller) {
    content.requireReadable(itemId, caller); // another type than the caller's limits: unknown
    return detail(itemId, localeCode);
  }

  public TranslationDetail detail(ItemId itemId, LocaleCode localeCode) {
    String locale = locales.requireConfiguredInPath(localeCode.value());
    ContentItem item = content.get(itemId);
    if (locale.equals(item.originalLocale())) {
      throw new ConflictException(
          "not-a-translation", "Locale " + locale + " is this item's original, not a translation");
    }
    Optional<ContentVariant> translation = item.variant(locale);
    ContentVariant source = sourceOf(item, translation);
    TranslationStatus status = TranslationStatus.of(translation);
    List<FieldChange> changes =
        status == TranslationStatus.OUTDATED ? changes(item, source, translation.get()) : List.of();
    return new TranslationDetail(
        item,
        source,
        translation.orElse(null),
        status,
        translation.map(ContentVariant::sourceRevision).orElse(null),
        changes);
  }

  /** A translation beside its source, as clients see it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationComparison comparison(ItemId itemId, LocaleCode locale) {
    return TranslationComparison.of(detail(itemId, locale));
  }

  /** {@link #comparison(ItemId, LocaleCode)} as the caller may see it (see {@link #detail}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationComparison comparison(ItemId itemId, LocaleCode locale, Caller caller) {
    return TranslationComparison.of(detail(itemId, locale, caller));
  }

  /** Records that the translation now matches its source's current revision. */
  public no.ordna.cms.content.application.ContentItemView markUpToDate(
      ItemId itemId, LocaleCode localeCode, Caller caller) {
    TranslationDetail detail = detail(itemId, localeCode);
    String locale = localeCode.value();
    if (!caller.mayEditLocalized(detail.item().typeKey(), locale)) {
      throw new ForbiddenException("You may not change translations in locale '" + locale + "'");
    }
    if (detail.translation() == null) {
      throw new ConflictException(
          "translation-missing", "There is no " + locale + " variant to mark up to date");
    }
    detail.item().markTranslation(locale, detail.source().locale(), detail.source().revision());
    content.flush();
    audit.record(
        caller,
        "translation.mark-up-to-date",
        new no.ordna.cms.audit.domain.AuditSubject(
            detail.item().id(), detail.item().typeKey(), locale, detail.translation().revision()),
        null,
        no.ordna.cms.shared.Jsons.createObjectBuilder()
            .add("sourceLocale", detail.source().locale())
            .add("sourceRevision", detail.source().revision())
            .build());
    return no.ordna.cms.content.application.ContentItemView.of(detail.item());
  }

  private ContentVariant sourceOf(ContentItem item, Optional<ContentVariant> translation) {
    String sourceLocale =
        translation.map(ContentVariant::sourceLocale).orElse(item.originalLocale());
    return item.variant(sourceLocale == null ? item.originalLocale() : sourceLocale)
        .or(() -> item.variant(item.originalLocale()))
        .orElseThrow(() -> InvalidInputException.of("item", "the item has no source variant"));
  }

  private List<FieldChange> changes(
      ContentItem item, ContentVariant source, ContentVariant translation) {
    TypeDefinition type = types.get(TypeKind.CONTENT, item.type()).definition();
    JsonObject then =
        translation.sourceRevision() == null
            ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT
            : repository
                .revision(source, translation.sourceRevision())
                .map(ContentRevision::fields)
                .orElse(jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
    List<FieldChange> all = FieldsDiff.between(type, then, source.fields());
    return all.stream()
        .filter(c -> type.field(c.field()).map(FieldDefinition::localized).orElse(true))
        .toList();
  }
}
