package no.ordna.cms.contenttype.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import no.ordna.cms.platform.settings.SettingsRepository;
import no.ordna.cms.platform.startup.FirstStartTask;

/**
 * Installs the built-in types on the first start. Afterwards they are ordinary types: editors may
 * change or delete them, and they are not installed again.
 */
@ApplicationScoped
public class BuiltInTypeInstaller implements FirstStartTask {

  static final String MARKER = "builtin-types.installed";
  private static final Logger LOG = Logger.getLogger(BuiltInTypeInstaller.class.getName());

  @Inject ContentTypeService types;
  @Inject SettingsRepository settings;

  @Override
  public int order() {
    return 20;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run() {
    install();
  }

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
