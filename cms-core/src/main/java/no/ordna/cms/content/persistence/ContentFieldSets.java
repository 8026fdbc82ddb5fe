package no.ordna.cms.content.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentSaved;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.contenttype.application.FieldSet;
import no.ordna.cms.contenttype.application.StoredFieldSets;

/** Stored content as seen by type changes: each item's shared values and each variant's values. */
@ApplicationScoped
public class ContentFieldSets implements StoredFieldSets {

  @Inject ContentRepository content;
  @Inject Clock clock;
  @Inject Event<ContentSaved> saved;

  @Override
  public long itemCount(String typeKey) {
    return content.countOfType(typeKey);
  }

  @Override
  public List<FieldSet> of(String typeKey) {
    List<FieldSet> sets = new ArrayList<>();
    for (ContentItem item : content.allOfType(typeKey)) {
      sets.add(new FieldSet(item.id(), typeKey, null, item.sharedFields()));
      for (ContentVariant variant : item.variants()) {
        sets.add(new FieldSet(item.id(), typeKey, variant.locale(), variant.fields()));
      }
    }
    return sets;
  }

  @Override
  public void rewrite(FieldSet set, JsonObject fields) {
    content
        .find(set.itemId())
        .ifPresent(
            item -> {
              item.migrate(set.locale(), fields, "type-migration", clock.instant());
              saved.fire(new ContentSaved(item.id(), set.locale()));
            });
  }
}
