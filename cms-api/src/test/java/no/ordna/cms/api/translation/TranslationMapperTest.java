package no.ordna.cms.api.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.ordna.cms.content.domain.VariantStatus;
import no.ordna.cms.translation.application.QueueLine;
import no.ordna.cms.translation.application.TranslationVariant;
import no.ordna.cms.translation.domain.TranslationStatus;
import org.junit.jupiter.api.Test;

/** The queue keeps its explicit nulls: a missing translation, and no next page. */
class TranslationMapperTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  private static final TranslationVariant SOURCE =
      new TranslationVariant(
          "nb",
          4,
          "Hei",
          Instant.parse("2026-01-01T00:00:00Z"),
          VariantStatus.PUBLISHED,
          "\"v4\"",
          Instant.parse("2026-01-01T00:00:00Z"),
          "kari",
          null,
          Json.createObjectBuilder().add("title", "Hei").build());

  @Test
  void aMissingTranslationIsNullAndTheLastPageHasNoNext() {
    QueueLine line =
        new QueueLine("i1", "article", SOURCE, null, TranslationStatus.MISSING, List.of("title"));
    TranslationQueueView page =
        new TranslationQueueView("se", List.of(TranslationMapper.entry(line, "se")), null);

    assertEquals(
        "{\"locale\":\"se\",\"items\":[{\"itemId\":\"i1\",\"type\":\"article\",\"locale\":\"se\","
            + "\"status\":\"missing\",\"source\":{\"locale\":\"nb\",\"revision\":4,"
            + "\"title\":\"Hei\",\"firstPublishedAt\":\"2026-01-01T00:00:00Z\"},"
            + "\"fields\":[\"title\"],\"translation\":null}],\"next\":null}",
        jsonb.toJson(page));
  }

  @Test
  void theDeskShowsTheSourcesValuesAndAMissingTranslationAsNull() {
    var detail =
        new no.ordna.cms.translation.application.TranslationComparison(
            "i1", "article", SOURCE, null, TranslationStatus.MISSING, List.of());

    assertEquals(
        "{\"itemId\":\"i1\",\"type\":\"article\",\"locale\":\"se\",\"status\":\"missing\","
            + "\"source\":{\"locale\":\"nb\",\"revision\":4,\"title\":\"Hei\","
            + "\"firstPublishedAt\":\"2026-01-01T00:00:00Z\",\"fields\":{\"title\":\"Hei\"}},"
            + "\"sourceChanges\":[],\"translation\":null}",
        jsonb.toJson(TranslationMapper.detail(detail, "se")));
  }

  @Test
  void countsNameEveryStatusAndTheirTotal() {
    var counts =
        TranslationMapper.counts(
            "se",
            Map.of(
                TranslationStatus.MISSING, 3L,
                TranslationStatus.OUTDATED, 1L,
                TranslationStatus.IN_PROGRESS, 0L,
                TranslationStatus.DONE, 2L));

    assertEquals(
        "{\"locale\":\"se\",\"counts\":{\"missing\":3,\"outdated\":1,\"in_progress\":0,"
            + "\"done\":2},\"total\":6}",
        jsonb.toJson(counts));
  }
}
