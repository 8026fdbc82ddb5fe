package no.ordna.cms.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import no.ordna.cms.identity.domain.User;

/** Users, by id or by (case-folded) username. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  public Optional<User> find(String id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  public Optional<User> findByUsername(String username) {
    return em.createQuery("select u from User u where u.username = :username", User.class)
        .setParameter("username", User.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
  }

  public java.util.List<User> list() {
    return em.createQuery("select u from User u order by u.username", User.class).getResultList();
  }

  public void store(User user) {
    em.persist(user);
  }

  /** Writes pending changes, so a changed user's version (and ETag) is the stored one. */
  public void flush() {
    em.flush();
  }
}
