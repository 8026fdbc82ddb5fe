package no.ordna.cms.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * MariaDB cannot take back schema changes, and Flyway records a migration only when it has run to
 * its end: an upgrade killed in the middle of a migration runs that migration again at the next
 * start. So every migration after the last one released before this rule (V40) must be safe to run
 * twice: its tables, columns and indexes made with {@code IF NOT EXISTS}, dropped with {@code IF
 * EXISTS}.
 */
class RerunnableMigrationsTest {

  /** The newest migration from before the rule; later ones must follow it. */
  private static final int LAST_BEFORE_THE_RULE = 40;

  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
  private static final List<Pattern> NOT_RERUNNABLE =
      List.of(
          Pattern.compile("\\bcreate\\s+table\\s+(?!if\\s+not\\s+exists)"),
          Pattern.compile("\\bcreate\\s+(?:unique\\s+)?index\\s+(?!if\\s+not\\s+exists)"),
          Pattern.compile(
              "\\badd\\s+(?:column\\s+)?(?!if\\s+not\\s+exists)(?!column\\b)(?!constraint)(?!index)(?!unique)(?!key)(?!primary)(?!foreign)\\w+"),
          Pattern.compile("\\badd\\s+(?:unique\\s+)?(?:index|key)\\s+(?!if\\s+not\\s+exists)"),
          Pattern.compile("\\bdrop\\s+(?:table|column|index|trigger)\\s+(?!if\\s+exists)"));

  /** The statements of {@code sql} that would fail when run a second time. */
  static List<String> notRerunnable(String sql) {
    List<String> found = new ArrayList<>();
    String text = sql.replaceAll("--[^\\n]*", " ").toLowerCase(Locale.ROOT);
    for (String statement : text.split(";")) {
      String flat = statement.replaceAll("\\s+", " ").strip();
      for (Pattern pattern : NOT_RERUNNABLE) {
        if (pattern.matcher(flat).find()) {
          found.add(flat);
          break;
        }
      }
    }
    return found;
  }

  @Test
  void statementsThatFailTheSecondTimeAreFound() {
    assertEquals(1, notRerunnable("CREATE TABLE t (id INT);").size());
    assertEquals(1, notRerunnable("ALTER TABLE t ADD COLUMN c INT;").size());
    assertEquals(1, notRerunnable("alter table t add c int").size());
    assertEquals(1, notRerunnable("CREATE UNIQUE INDEX ix ON t (c);").size());
    assertEquals(1, notRerunnable("ALTER TABLE t ADD INDEX ix (c);").size());
    assertEquals(1, notRerunnable("ALTER TABLE t DROP COLUMN c;").size());
    assertEquals(1, notRerunnable("DROP TABLE t;").size());
  }

  @Test
  void statementsThatCanRunTwiceAreLeftAlone() {
    assertEquals(
        List.of(),
        notRerunnable(
            """
            -- a comment that says create table t
            CREATE TABLE IF NOT EXISTS t (id INT);
            ALTER TABLE t ADD COLUMN IF NOT EXISTS c INT;
            CREATE UNIQUE INDEX IF NOT EXISTS ix ON t (c);
            ALTER TABLE t ADD INDEX IF NOT EXISTS ix2 (c);
            ALTER TABLE t DROP COLUMN IF EXISTS d;
            DROP TABLE IF EXISTS u;
            UPDATE t SET c = 1 WHERE c IS NULL;
            """));
  }

  @Test
  void everyMigrationAfterTheRuleCanRunAgainAfterACrash() throws IOException {
    Path root = Path.of("src/main/resources/db");
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher version = VERSION.matcher(file.getFileName().toString());
        if (version.matches() && Integer.parseInt(version.group(1)) > LAST_BEFORE_THE_RULE) {
          checked++;
          for (String statement : notRerunnable(Files.readString(file, StandardCharsets.UTF_8))) {
            wrong.add(root.relativize(file) + ": " + statement);
          }
        }
      }
    }
    assertEquals(
        List.of(), wrong, "migrations after V" + LAST_BEFORE_THE_RULE + " (" + checked + ")");
  }
}
