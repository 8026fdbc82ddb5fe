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

  public void store(ApiToken token) {
    em.persist(token);
  }
}
