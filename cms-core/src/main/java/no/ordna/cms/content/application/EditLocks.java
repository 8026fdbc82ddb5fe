package no.ordna.cms.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.EditLock;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ForbiddenException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Advisory editing locks: taking one when opening a variant for editing (renewing it while
 * editing), and being warned with a 409 when someone else holds it — unless taking it over. Locks
 * expire after {@code cms.locks.ttl} (default 15 minutes) without renewal.
 */
@ApplicationScoped
@Transactional
public class EditLocks {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  @Inject ContentService content;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cms.locks.ttl", defaultValue = "PT15M")
  Duration ttl;

  public EditLockView acquire(ItemId itemId, LocaleCode locale, boolean takeOver, Caller caller) {
    ContentVariant variant = content.getVariant(itemId, locale);
    if (!caller.mayEditLocalized(variant.item().typeKey(), locale.value())) {
      throw new ForbiddenException("You may not edit this variant, so you cannot lock it");
    }
    Instant now = clock.instant();
    EditLock lock = em.find(EditLock.class, variant.id(), LockModeType.PESSIMISTIC_WRITE);
    if (lock == null) {
      lock = new EditLock(variant.id(), caller.username(), now, now.plus(ttl));
      em.persist(lock);
      em.flush();
      return EditLockView.of(lock);
    }
    if (lock.isActiveAt(now) && !lock.holder().equals(caller.username()) && !takeOver) {
      throw held(lock);
    }
    lock.grant(caller.username(), now, now.plus(ttl));
    return EditLockView.of(lock);
  }

  public void release(ItemId itemId, LocaleCode locale, Caller caller) {
    ContentVariant variant = content.getVariant(itemId, locale);
    EditLock lock = em.find(EditLock.class, variant.id());
    if (lock == null) {
      return;
    }
    if (!lock.holder().equals(caller.username())
        && !caller.hasRole(Role.ADMIN)
        && lock.isActiveAt(clock.instant())) {
      throw new ForbiddenException(
          "Only " + lock.holder() + " or an administrator may release this lock");
    }
    em.remove(lock);
  }

  /** The active lock on a variant (by the variant's id), if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<EditLockView> current(String variantId) {
    return Optional.ofNullable(em.find(EditLock.class, variantId))
        .filter(l -> l.isActiveAt(clock.instant()))
        .map(EditLockView::of);
  }

  /** The active lock on a variant of an item, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<EditLockView> current(ItemId itemId, LocaleCode locale) {
    return current(content.getVariant(itemId, locale).id());
  }

  static ConflictException held(EditLock lock) {
    return new ConflictException(
        "locked",
        lock.holder()
            + " has been editing this variant since "
            + lock.acquiredAt()
            + "; take the lock over with ?force=true",
        Map.of(
            "holder",
            lock.holder(),
            "since",
            lock.acquiredAt().toString(),
            "expiresAt",
            lock.expiresAt().toString()));
  }
}
