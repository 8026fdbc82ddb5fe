package no.ordna.cms.workflow.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.workflow.domain.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may take which transition on an {@code article} variant in {@code se} (whatever its state):
 * every caller against every transition, permitted or refused.
 */
class TransitionRightsTest {

  private static final Set<Transition> ALL = EnumSet.allOf(Transition.class);
  private static final Set<Transition> PUBLISHING =
      EnumSet.complementOf(EnumSet.of(Transition.SUBMIT, Transition.ARCHIVE, Transition.UNARCHIVE));

  private static Caller caller(Set<Role> roles, Set<String> locales, Set<String> types) {
    return new Caller("u", "u", roles, locales, types, null, null);
  }

  /** A caller, in words, with the transitions it may take on an article in se. */
  private static final Map<String, Case> CASES =
      Map.ofEntries(
          Map.entry("administrator", new Case(caller(Set.of(Role.ADMIN), Set.of(), Set.of()), ALL)),
          Map.entry(
              "administrator limited to pages (limits do not bind administrators)",
              new Case(caller(Set.of(Role.ADMIN), Set.of(), Set.of("page")), ALL)),
          Map.entry(
              "editor",
              new Case(
                  caller(Set.of(Role.EDITOR), Set.of(), Set.of()),
                  EnumSet.of(Transition.SUBMIT, Transition.ARCHIVE, Transition.UNARCHIVE))),
          Map.entry(
              "editor of pages only",
              new Case(
                  caller(Set.of(Role.EDITOR), Set.of(), Set.of("page")),
                  EnumSet.noneOf(Transition.class))),
          Map.entry(
              "publisher in every locale",
              new Case(
                  caller(Set.of(Role.PUBLISHER), Set.of(), Set.of()),
                  union(PUBLISHING, EnumSet.of(Transition.ARCHIVE, Transition.UNARCHIVE)))),
          Map.entry(
              "publisher granted se",
              new Case(
                  caller(Set.of(Role.PUBLISHER), Set.of("se"), Set.of()),
                  union(PUBLISHING, EnumSet.of(Transition.ARCHIVE, Transition.UNARCHIVE)))),
          Map.entry(
              "publisher granted nb only",
              new Case(
                  caller(Set.of(Role.PUBLISHER), Set.of("nb"), Set.of()),
                  EnumSet.noneOf(Transition.class))),
          Map.entry(
              "editor and publisher granted nb only",
              new Case(
                  caller(Set.of(Role.EDITOR, Role.PUBLISHER), Set.of("nb"), Set.of()),
                  EnumSet.of(Transition.SUBMIT, Transition.ARCHIVE, Transition.UNARCHIVE))),
          Map.entry(
              "translator granted se",
              new Case(
                  caller(Set.of(Role.TRANSLATOR), Set.of("se"), Set.of()),
                  EnumSet.of(Transition.SUBMIT))),
          Map.entry(
              "translator granted se, of pages only",
              new Case(
                  caller(Set.of(Role.TRANSLATOR), Set.of("se"), Set.of("page")),
                  EnumSet.noneOf(Transition.class))),
          Map.entry(
              "translator granted nb only",
              new Case(
                  caller(Set.of(Role.TRANSLATOR), Set.of("nb"), Set.of()),
                  EnumSet.noneOf(Transition.class))),
          Map.entry(
              "viewer",
              new Case(
                  caller(Set.of(Role.VIEWER), Set.of(), Set.of()),
                  EnumSet.noneOf(Transition.class))));

  private record Case(Caller caller, Set<Transition> permitted) {}

  private static Set<Transition> union(Set<Transition> a, Set<Transition> b) {
    Set<Transition> union = EnumSet.copyOf(a);
    union.addAll(b);
    return union;
  }

  static Stream<Arguments> everyCallerAndTransition() {
    return CASES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(
            entry ->
                Arrays.stream(Transition.values())
                    .map(
                        transition ->
                            Arguments.of(
                                entry.getKey()
                                    + (entry.getValue().permitted().contains(transition)
                                        ? " may "
                                        : " may not ")
                                    + transition.wireName(),
                                entry.getValue(),
                                transition)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCallerAndTransition")
  void callerMayTakeExactlyItsTransitions(String behaviour, Case c, Transition transition) {
    assertEquals(
        c.permitted().contains(transition),
        WorkflowService.mayApply(transition, "article", "se", c.caller()),
        behaviour);
  }
}
