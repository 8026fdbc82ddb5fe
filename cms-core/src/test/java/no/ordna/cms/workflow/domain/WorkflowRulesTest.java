package no.ordna.cms.workflow.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ordna.cms.content.domain.VariantStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state a variant can be in (its workflow state, whether its type needs review, whether it is
 * live, whether it has a schedule) and, for each, every transition: allowed or refused. The table
 * is the specification; each of its rows yields one test per transition.
 */
class WorkflowRulesTest {

  /**
   * The reachable states and the transitions each allows, all others being refused. A published
   * variant is always live; unpublished and archived ones never are (archiving needs a variant that
   * is not live).
   */
  private static final String TABLE =
      """
      # status            review  live  scheduled | allowed
      draft               yes     no    no        | submit archive
      draft               yes     no    yes       | submit archive cancel_schedule
      draft               yes     yes   no        | submit unpublish schedule
      draft               yes     yes   yes       | submit unpublish schedule cancel_schedule
      draft               no      no    no        | submit publish schedule archive
      draft               no      no    yes       | submit publish schedule archive cancel_schedule
      draft               no      yes   no        | submit publish schedule unpublish
      draft               no      yes   yes       | submit publish schedule unpublish cancel_schedule
      changes_requested   yes     no    no        | submit archive
      changes_requested   yes     no    yes       | submit archive cancel_schedule
      changes_requested   yes     yes   no        | submit unpublish schedule
      changes_requested   yes     yes   yes       | submit unpublish schedule cancel_schedule
      changes_requested   no      no    no        | submit publish schedule archive
      changes_requested   no      no    yes       | submit publish schedule archive cancel_schedule
      changes_requested   no      yes   no        | submit publish schedule unpublish
      changes_requested   no      yes   yes       | submit publish schedule unpublish cancel_schedule
      in_review           yes     no    no        | approve request_changes archive
      in_review           yes     no    yes       | approve request_changes archive cancel_schedule
      in_review           yes     yes   no        | approve request_changes unpublish schedule
      in_review           yes     yes   yes       | approve request_changes unpublish schedule cancel_schedule
      in_review           no      no    no        | approve request_changes publish schedule archive
      in_review           no      no    yes       | approve request_changes publish schedule archive cancel_schedule
      in_review           no      yes   no        | approve request_changes publish schedule unpublish
      in_review           no      yes   yes       | approve request_changes publish schedule unpublish cancel_schedule
      approved            yes     no    no        | request_changes publish schedule archive
      approved            yes     no    yes       | request_changes publish schedule archive cancel_schedule
      approved            yes     yes   no        | request_changes publish schedule unpublish
      approved            yes     yes   yes       | request_changes publish schedule unpublish cancel_schedule
      approved            no      no    no        | request_changes publish schedule archive
      approved            no      no    yes       | request_changes publish schedule archive cancel_schedule
      approved            no      yes   no        | request_changes publish schedule unpublish
      approved            no      yes   yes       | request_changes publish schedule unpublish cancel_schedule
      published           yes     yes   no        | publish unpublish schedule
      published           yes     yes   yes       | publish unpublish schedule cancel_schedule
      published           no      yes   no        | publish unpublish schedule
      published           no      yes   yes       | publish unpublish schedule cancel_schedule
      unpublished         yes     no    no        | submit archive
      unpublished         yes     no    yes       | submit archive cancel_schedule
      unpublished         no      no    no        | submit publish schedule archive
      unpublished         no      no    yes       | submit publish schedule archive cancel_schedule
      archived            yes     no    no        | unarchive
      archived            yes     no    yes       | unarchive cancel_schedule
      archived            no      no    no        | unarchive
      archived            no      no    yes       | unarchive cancel_schedule
      """;

  private record Row(
      VariantStatus status,
      boolean reviewRequired,
      boolean live,
      boolean scheduled,
      Set<Transition> allowed) {

    String describe() {
      return status.wireName()
          + (reviewRequired ? ", review required" : ", no review")
          + (live ? ", live" : ", not live")
          + (scheduled ? ", scheduled" : "");
    }
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String line : TABLE.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] halves = line.split("\\|");
      String[] state = halves[0].trim().split("\\s+");
      Set<Transition> allowed = EnumSet.noneOf(Transition.class);
      for (String name : halves[1].trim().split("\\s+")) {
        allowed.add(Transition.fromWireName(name).orElseThrow(() -> new AssertionError(name)));
      }
      rows.add(
          new Row(
              VariantStatus.fromWireName(state[0]).orElseThrow(),
              yes(state[1]),
              yes(state[2]),
              yes(state[3]),
              allowed));
    }
    return rows;
  }

  private static boolean yes(String cell) {
    if (!cell.equals("yes") && !cell.equals("no")) {
      throw new AssertionError("yes or no, not " + cell);
    }
    return cell.equals("yes");
  }

  static Stream<Arguments> everyTransitionInEveryState() {
    return rows().stream()
        .flatMap(
            row ->
                Arrays.stream(Transition.values())
                    .map(
                        transition ->
                            Arguments.of(
                                row.describe()
                                    + ": "
                                    + transition.wireName()
                                    + (row.allowed().contains(transition)
                                        ? " is allowed"
                                        : " is refused"),
                                row,
                                transition)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyTransitionInEveryState")
  void transitionIsAllowedExactlyWhereTheTableSaysSo(
      String behaviour, Row row, Transition transition) {
    Set<Transition> allowed =
        WorkflowRules.allowed(row.status(), row.live(), row.scheduled(), row.reviewRequired());

    assertEquals(row.allowed().contains(transition), allowed.contains(transition), behaviour);
  }

  @Test
  void tableCoversEveryStatusAndReviewRuleWithAndWithoutSchedule() {
    Set<String> covered =
        rows().stream()
            .map(r -> r.status() + "/" + r.reviewRequired() + "/" + r.scheduled())
            .collect(Collectors.toSet());

    for (VariantStatus status : VariantStatus.values()) {
      for (boolean review : new boolean[] {true, false}) {
        for (boolean scheduled : new boolean[] {true, false}) {
          assertTrue(
              covered.contains(status + "/" + review + "/" + scheduled),
              "no row for " + status + " review=" + review + " scheduled=" + scheduled);
        }
      }
    }
  }

  @Test
  void everyTransitionIsAllowedSomewhereAndRefusedSomewhere() {
    for (Transition transition : Transition.values()) {
      assertTrue(rows().stream().anyMatch(r -> r.allowed().contains(transition)), "allowed");
      assertTrue(rows().stream().anyMatch(r -> !r.allowed().contains(transition)), "refused");
    }
  }

  @ParameterizedTest(name = "{0} from {1} leads to {2}")
  @CsvSource({
    "submit,          draft,             in_review",
    "submit,          changes_requested, in_review",
    "submit,          unpublished,       in_review",
    "approve,         in_review,         approved",
    "request_changes, in_review,         changes_requested",
    "request_changes, approved,          changes_requested",
    "publish,         approved,          published",
    "publish,         draft,             published",
    "publish,         published,         published",
    "unpublish,       published,         unpublished",
    "unpublish,       draft,             unpublished",
    "archive,         draft,             archived",
    "archive,         unpublished,       archived",
    "unarchive,       archived,          draft",
    "schedule,        approved,          approved",
    "schedule,        published,         published",
    "cancel_schedule, in_review,         in_review",
    "cancel_schedule, archived,          archived",
  })
  void transitionLeadsToItsState(String transition, String from, String to) {
    assertEquals(
        VariantStatus.fromWireName(to).orElseThrow(),
        WorkflowRules.next(
            Transition.fromWireName(transition).orElseThrow(),
            VariantStatus.fromWireName(from).orElseThrow()));
  }

  @Test
  void wireNamesAreTheLowerCaseConstantNames() {
    for (Transition transition : Transition.values()) {
      assertEquals(transition.name().toLowerCase(Locale.ROOT), transition.wireName());
      assertEquals(transition, Transition.fromWireName(transition.wireName()).orElseThrow());
    }
    assertTrue(Transition.fromWireName("PUBLISH").isEmpty());
    assertTrue(Transition.fromWireName("delete").isEmpty());
  }
}
