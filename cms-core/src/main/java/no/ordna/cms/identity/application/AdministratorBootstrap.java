package no.ordna.cms.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.identity.domain.User;
import no.ordna.cms.identity.persistence.UserRepository;
import no.ordna.cms.platform.startup.FirstStartTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start (no users yet) creates the administrator from {@code CMS_ADMIN_USER} / {@code
 * CMS_ADMIN_PASSWORD}. Without a password it generates a strong one and prints it once in the log;
 * there is no built-in default password.
 */
@ApplicationScoped
public class AdministratorBootstrap implements FirstStartTask {

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

  @Inject UserRepository users;
  @Inject PasswordHashing passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cms.admin.user", defaultValue = "admin")
  String adminUser;

  @Inject
  @ConfigProperty(name = "cms.admin.password")
  Optional<String> adminPassword;

  @Override
  public int order() {
    return 10;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run() {
    createFirstAdministrator();
  }

  void createFirstAdministrator() {
    if (users.count() > 0) {
      return;
    }
    String username = User.normaliseUsername(adminUser);
    if (username.isEmpty() || !username.matches("[a-z0-9._@-]{1,100}")) {
      throw new IllegalStateException(
          "CMS_ADMIN_USER must be 1-100 of a-z, 0-9, '.', '_', '@', '-'");
    }
    String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = TokenSecrets.newSecret(18);
    } else if (password.length() < PasswordHashing.MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          "CMS_ADMIN_PASSWORD must have at least "
              + PasswordHashing.MIN_PASSWORD_LENGTH
              + " characters");
    }
    users.store(
        new User(
            username, passwords.hash(password), Set.of(Role.ADMIN), Set.of(), clock.instant()));
    if (generated) {
      LOG.warning(
          "Created the administrator '"
              + username
              + "' with the generated password: "
              + password
              + "  (shown only this once; set CMS_ADMIN_PASSWORD to choose one)");
    } else {
      LOG.info("Created the administrator '" + username + "' from CMS_ADMIN_USER/PASSWORD");
    }
  }
}
