package no.ordna.cms.contenttype.application;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.ConflictException;

/**
 * Runs a {@link TypeChangePlan} over the stored content of a type (or, for a block type, over its
 * blocks in every content type that may hold them): refuses with the reasons when the change cannot
 * keep the content valid, asks for consent when it would change stored values, and rewrites the
 * values otherwise.
 */
final class StoredContentMigration {

  private final StoredFieldSets stored;
  private final TypeDefinitionChecks checks;

  StoredContentMigration(StoredFieldSets stored, TypeDefinitionChecks checks) {
    this.stored = stored;
    this.checks = checks;
  }

  List<String> apply(TypeDefinition before, TypeDefinition after, boolean migrate) {
    TypeChangePlan plan = new TypeChangePlan(before, after, checks::blockType);
    List<Target> targets = new ArrayList<>();
    if (after.kind() == TypeKind.CONTENT) {
      stored.of(after.key()).forEach(set -> targets.add(new Target(null, set)));
      targets.forEach(t -> plan.analyse(t.set.fields(), holds(t.set)));
    } else {
      for (TypeDefinition user : checks.contentTypesUsingBlock(after.key())) {
        stored.of(user.key()).forEach(set -> targets.add(new Target(user, set)));
      }
      targets.forEach(
          t ->
              TypeChangePlan.mapBlocks(
                  t.user,
                  t.set.fields(),
                  after.key(),
                  fields -> {
                    plan.analyse(fields, f -> true);
                    return fields;
                  }));
    }
    gate(plan, migrate);
    for (Target target : targets) {
      JsonObject current = target.set.fields();
      JsonObject migrated =
          target.user == null
              ? plan.migrate(current, holds(target.set))
              : TypeChangePlan.mapBlocks(
                  target.user, current, after.key(), fields -> plan.migrate(fields, f -> true));
      if (!migrated.equals(current)) {
        stored.rewrite(target.set, migrated);
      }
    }
    return plan.migrations();
  }

  private static Predicate<FieldDefinition> holds(FieldSet set) {
    return field -> field.localized() != set.shared();
  }

  private static void gate(TypeChangePlan plan, boolean migrate) {
    List<String> blockers = plan.blockers();
    if (!blockers.isEmpty()) {
      throw new ConflictException(
          "type-change-conflict",
          "The change does not fit stored content: " + String.join("; ", blockers),
          Map.of(
              "conflicts",
              blockers,
              "migrations",
              plan.migrations(),
              "affectedFields",
              plan.affectedFields()));
    }
    if (plan.changesStoredValues() && !migrate) {
      throw new ConflictException(
          "migration-required",
          "The change alters stored content ("
              + String.join("; ", plan.migrations())
              + "); repeat the request with ?migrate=true to apply it",
          Map.of("migrations", plan.migrations(), "affectedFields", plan.affectedFields()));
    }
  }

  private record Target(TypeDefinition user, FieldSet set) {}
}
