package no.ordna.cms.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** Reads and writes settings by key. */
@ApplicationScoped
public class SettingsRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  @Inject Clock clock;

  public Optional<String> find(String key) {
    return Optional.ofNullable(em.find(Setting.class, key)).map(Setting::value);
  }

  /** Reads a setting and locks it until the transaction ends (nothing is locked when absent). */
  public Optional<String> findForUpdate(String key) {
    return Optional.ofNullable(
            em.find(Setting.class, key, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
        .map(Setting::value);
  }

  public void put(String key, String value) {
    Setting setting = em.find(Setting.class, key);
    if (setting == null) {
      em.persist(new Setting(key, value, clock.instant()));
    } else {
      setting.change(value, clock.instant());
    }
  }
}
