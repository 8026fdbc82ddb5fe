package no.ordna.cms.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import no.ordna.cms.identity.domain.ApiToken;

/** Bearer tokens, found by the hash of their secret. */
@ApplicationScoped
public class TokenRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  public Optional<ApiToken> findByHash(String tokenHash) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  public Optional<ApiToken> find(String id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  /** A user's tokens that are neither revoked nor expired. */
  public java.util.List<ApiToken> activeOf(String userId, java.time.Instant now) {
    return em.createQuery(
            "select t from ApiToken t where t.userId = :user and t.revokedAt is null"
                + " and t.expiresAt > :now order by t.createdAt desc",
            ApiToken.class)
        .setParameter("user", userId)
        .setParameter("now", now)
        .getResultList();
  }

  /** Active machine tokens of every user. */
  public java.util.List<ApiToken> activeMachineTokens(java.time.Instant now) {
    return em.createQuery(
            "select t from ApiToken t where t.kind = :kind and t.revokedAt is null"
                + " and t.expiresAt > :now order by t.createdAt desc",
            ApiToken.class)
        .setParameter("kind", ApiToken.KIND_MACHINE)
        .setParameter("now", now)
        .getResultList();
  }

  public void store(ApiToken token) {
    em.persist(token);
  }
}
