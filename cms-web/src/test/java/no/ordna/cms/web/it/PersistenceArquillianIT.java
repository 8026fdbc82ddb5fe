package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.web.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container checks on Payara Micro with MariaDB (one Arquillian deployment of the real WAR): the
 * migrations ran on MariaDB, services store what they are given, and the stored rows are what the
 * API promises.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceArquillianIT {

  @Inject ContentService content;
  @Inject ContentTypeService types;

  @Resource(lookup = "java:app/jdbc/cms")
  DataSource dataSource;

  @Deployment
  static WebArchive deployment() {
    TestDatabase database = TestDatabase.get();
    String url = database.createDatabase("arquillian");
    String config =
        "cms.db.url="
            + url
            + "\ncms.db.user="
            + database.user()
            + "\ncms.db.password="
            + database.password()
            + "\ncms.admin.password=arquillian-admin-password\nmp.openapi.extensions.scan.lib=true\n";
    WebArchive war =
        ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("cms.test.war")));
    war.delete("WEB-INF/classes/META-INF/microprofile-config.properties");
    return war.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
  }

  @Test
  void theSchemaIsMigratedOnMariaDb() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertTrue(connection.getMetaData().getDatabaseProductName().contains("MariaDB"));
      try (ResultSet row =
          connection
              .createStatement()
              .executeQuery(
                  "select count(*) from flyway_schema_history where success = 1 and version = '1'")) {
        row.next();
        assertEquals(1, row.getInt(1));
      }
    }
  }

  @Test
  void theBuiltInTypesAreInstalledOnce() {
    assertEquals(7, types.list(TypeKind.CONTENT).size());
    assertEquals(8, types.list(TypeKind.BLOCK).size());
  }

  @Test
  void aSavedVariantIsStoredAsOneRowWithItsLocalizedValuesOnly() throws SQLException {
    SavedVariant saved =
        content.create(
            new TypeKey("conference"),
            new LocaleCode("nb"),
            Json.createObjectBuilder()
                .add("title", "Gode valg for den enkelte og samfunnet")
                .add("startDate", "2016-06-29")
                .add("city", "Bergen")
                .build(),
            Caller.system());

    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select locale, slug, title, fields from content_variant where item_id = ?")) {
      query.setString(1, saved.item().id());
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        assertEquals("nb", row.getString("locale"));
        assertEquals("gode-valg-for-den-enkelte-og-samfunnet", row.getString("slug"));
        assertTrue(row.getString("fields").contains("\"title\""));
        assertTrue(
            !row.getString("fields").contains("Bergen"), "shared values are not in the variant");
      }
    }
  }

  @Test
  void invalidContentIsRefusedBeforeAnythingIsStored() throws SQLException {
    long before = countItems();

    assertThrows(
        InvalidInputException.class,
        () ->
            content.create(
                new TypeKey("conference"),
                new LocaleCode("nb"),
                Json.createObjectBuilder().add("title", "Uten dato").build(),
                Caller.system()));

    assertEquals(before, countItems());
  }

  private long countItems() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet row =
            connection.createStatement().executeQuery("select count(*) from content_item")) {
      row.next();
      return row.getLong(1);
    }
  }
}
