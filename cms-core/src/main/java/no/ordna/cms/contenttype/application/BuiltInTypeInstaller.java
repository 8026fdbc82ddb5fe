package no.ordna.cms.contenttype.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.ordna.cms.platform.settings.SettingsRepository;

/**
 * Installs the built-in types on the first start. Afterwards they are ordinary types: editors may
 * change or delete them, and they are not installed again.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class BuiltInTypeInstaller {

  static final String MARKER = "builtin-types.installed";
  private static final Logger LOG = Logger.getLogger(BuiltInTypeInstaller.class.getName());

  @Inject ContentTypeService types;
  @Inject SettingsRepository settings;

  @PostConstruct
  void install() {
    if (settings.find(MARKER).isPresent()) {
      return;
    }
    var definitions = BuiltInTypes.definitions();
    types.installBuiltIns(definitions);
    settings.put(MARKER, "1");
    LOG.info("Installed " + definitions.size() + " built-in block and content types");
  }
}
