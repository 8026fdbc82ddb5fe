package no.ordna.cms.api.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.IndexColumn;
import no.ordna.cms.contenttype.domain.IndexEntry;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.delivery.domain.Filter;
import no.ordna.cms.delivery.domain.ItemLookup;
import no.ordna.cms.delivery.domain.ListCursor;
import no.ordna.cms.delivery.domain.Sort;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.PageRequest;

/**
 * Reads a delivery request's path and decoded query parameters strictly into the typed {@link
 * DeliveryRequest} the core answers: unknown parameters, unknown or unfilterable fields, bad
 * operators and values (each read by its field type), a limit over 100, a cursor this API did not
 * give are all 400s naming the parameter; an unknown type is a 404. The locale comes from {@code
 * ?locale=} or, without it, from the reader's language preferences ({@code Accept-Language}).
 */
@ApplicationScoped
public class DeliveryRequestParser {

  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_INCLUDE = 5;

  private static final Set<String> COMMON =
      Set.of("locale", "fallback", "include", "fields", "preview");
  private static final Set<String> LIST_ONLY = Set.of("sort", "limit", "cursor", "tags");
  private static final Pattern FIELD_FILTER =
      Pattern.compile("fields\\.([A-Za-z][A-Za-z0-9_]*)(?:\\[(eq|in|all|gt|gte|lt|lte)\\])?");

  @Inject LocaleService locales;
  @Inject ContentTypeService types;

  public DeliveryRequest parse(
      Channel channel,
      String typeKey,
      String idOrSlug,
      Map<String, List<String>> query,
      LanguagePreferences languages) {
    Optional<TypeKey> key = TypeKey.parse(typeKey);
    TypeDefinition type =
        key.flatMap(k -> types.definition(TypeKind.CONTENT, k))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "unknown-content-type", "No content type '" + typeKey + "'"));
    Violations violations = new Violations();
    boolean list = idOrSlug == null;
    List<Filter> filters = new ArrayList<>();
    for (var entry : query.entrySet()) {
      String name = entry.getKey();
      if (entry.getValue().size() > 1) {
        violations.add(name, "is given more than once");
      }
      Matcher filter = FIELD_FILTER.matcher(name);
      if (list && filter.matches()) {
        filter(type, filter.group(1), filter.group(2), entry.getValue().get(0), name, violations)
            .ifPresent(filters::add);
      } else if (list && name.equals("tags")) {
        filter(type, "tags", "all", entry.getValue().get(0), name, violations)
            .ifPresent(filters::add);
      } else if (!COMMON.contains(name) && !(list && LIST_ONLY.contains(name))) {
        violations.add(name, "unknown parameter");
      }
    }
    LocaleSettings settings = locales.settings();
    LocaleCode locale =
        single(query, "locale")
            .map(
                asked ->
                    LocaleCode.exactly(asked)
                        .filter(l -> settings.isConfigured(l.value()))
                        .orElseGet(
                            () -> {
                              violations.add(
                                  "locale", "unknown locale; configured: " + settings.locales());
                              return null;
                            }))
            .orElseGet(() -> new LocaleCode(languages.bestLocale(settings)));
    boolean fallback = bool(query, "fallback", true, violations);
    Sort sort =
        single(query, "sort")
            .map(
                s ->
                    Sort.parse(s)
                        .orElseGet(
                            () -> {
                              violations.add(
                                  "sort",
                                  "must be one of publishDate, title, publishedAt, optionally with '-' for descending");
                              return Sort.DEFAULT;
                            }))
            .orElse(Sort.DEFAULT);
    int limit = number(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, violations);
    int include = number(query, "include", 0, 0, MAX_INCLUDE, violations);
    Optional<Cursor> after =
        single(query, "cursor")
            .flatMap(
                c -> {
                  Optional<Cursor> cursor =
                      Cursor.decode(c).filter(k -> ListCursor.of(k).isPresent());
                  if (cursor.isEmpty()) {
                    violations.add("cursor", "is not a cursor from this list");
                  }
                  return cursor;
                });
    Set<String> fields = new LinkedHashSet<>();
    single(query, "fields")
        .ifPresent(
            csv -> {
              for (String field : csv.split(",")) {
                if (type.field(field.trim()).isEmpty()) {
                  violations.add(
                      "fields", "unknown field '" + field.trim() + "' of type '" + typeKey + "'");
                }
                fields.add(field.trim());
              }
            });
    violations.throwIfAny("Invalid delivery request");
    return new DeliveryRequest(
        channel,
        key.get(),
        list ? Optional.empty() : Optional.of(ItemLookup.of(idOrSlug)),
        locale,
        fallback,
        filters,
        sort,
        new PageRequest(limit, after),
        include,
        fields);
  }

  private static Optional<Filter> filter(
      TypeDefinition type,
      String fieldKey,
      String opName,
      String raw,
      String param,
      Violations violations) {
    Optional<FieldDefinition> field = type.field(fieldKey);
    if (field.isEmpty()) {
      violations.add(param, "unknown field '" + fieldKey + "' of type '" + type.key() + "'");
      return Optional.empty();
    }
    FieldType values = field.get().type().valuesOf(field.get());
    Optional<IndexColumn> column = field.get().type().filterColumn(field.get());
    if (column.isEmpty()) {
      violations.add(param, "field '" + fieldKey + "' cannot be filtered on");
      return Optional.empty();
    }
    Filter.Op op =
        opName == null
            ? Filter.Op.EQ
            : Filter.Op.valueOf(opName.toUpperCase(java.util.Locale.ROOT));
    if (op.isRange() && !column.get().isOrdered()) {
      violations.add(param, "ranges apply to number, date and dateTime fields only");
      return Optional.empty();
    }
    List<String> texts =
        op == Filter.Op.IN || op == Filter.Op.ALL ? List.of(raw.split(",", -1)) : List.of(raw);
    List<IndexEntry> entries = new ArrayList<>();
    for (String text : texts) {
      Optional<IndexEntry> entry = field.get().type().filterValue(field.get(), text);
      if (entry.isEmpty()) {
        violations.add(param, "'" + text + "' is not a valid " + values.wireName() + " value");
        return Optional.empty();
      }
      entries.add(entry.get());
    }
    return Optional.of(new Filter(fieldKey, op, column.get(), entries));
  }

  private static Optional<String> single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static boolean bool(
      Map<String, List<String>> query, String name, boolean fallback, Violations violations) {
    return single(query, name)
        .map(
            v -> {
              if (!v.equals("true") && !v.equals("false")) {
                violations.add(name, "must be true or false");
                return fallback;
              }
              return Boolean.parseBoolean(v);
            })
        .orElse(fallback);
  }

  private static int number(
      Map<String, List<String>> query,
      String name,
      int fallback,
      int min,
      int max,
      Violations violations) {
    return single(query, name)
        .map(
            v -> {
              try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                  return n;
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              violations.add(name, "must be a whole number from " + min + " to " + max);
              return fallback;
            })
        .orElse(fallback);
  }
}
