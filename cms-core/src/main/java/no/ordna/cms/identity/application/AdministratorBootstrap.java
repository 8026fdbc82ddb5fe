package no.ordna.cms.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * CMS_ADMIN_PASSWORD}. Without a password it generates a strong one and writes it once to {@code
 * <CMS_DATA_DIR>/initial-admin-password}, a file only the server's own operating-system user may
 * read; the log names the file, never the password. There is no built-in default password.
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

  @Inject
  @ConfigProperty(name = "cms.data.dir", defaultValue = "./data")
  String dataDir;

  /** The file a generated first password is written to, under the data directory. */
  static final String PASSWORD_FILE = "initial-admin-password";

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
    Path passwordFile = generated ? writeOwnerOnly(password) : null;
    users.store(
        new User(
            username, passwords.hash(password), Set.of(Role.ADMIN), Set.of(), clock.instant()));
    if (generated) {
      LOG.warning(
          "Created the administrator '"
              + username
              + "' with a generated password, written to "
              + passwordFile
              + " (readable only by this user; delete the file after signing in, or set"
              + " CMS_ADMIN_PASSWORD to choose the password)");
    } else {
      LOG.info("Created the administrator '" + username + "' from CMS_ADMIN_USER/PASSWORD");
    }
  }

  /**
   * Writes the password to a new file that only the owner may read and write (created with those
   * permissions, so it is never readable by others, not even for a moment).
   */
  private Path writeOwnerOnly(String password) {
    Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve(PASSWORD_FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the generated administrator password to "
              + file
              + "; set CMS_ADMIN_PASSWORD instead",
          e);
    }
  }
}
