package no.ordna.cms.contenttype.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.ContentTypeVersion;
import no.ordna.cms.contenttype.domain.TypeKind;

/** Content and block types by key, and their definition history. */
@ApplicationScoped
public class ContentTypeRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  public Optional<ContentType> find(TypeKind kind, String key) {
    return em.createQuery(
            "select t from ContentType t where t.kind = :kind and t.key = :key", ContentType.class)
        .setParameter("kind", kind)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public List<ContentType> list(TypeKind kind) {
    return em.createQuery(
            "select t from ContentType t where t.kind = :kind order by t.key", ContentType.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  public List<ContentTypeVersion> versions(ContentType type) {
    return em.createQuery(
            "select v from ContentTypeVersion v where v.typeId = :id order by v.definitionVersion",
            ContentTypeVersion.class)
        .setParameter("id", type.id())
        .getResultList();
  }

  public void store(ContentType type) {
    em.persist(type);
  }

  public void store(ContentTypeVersion version) {
    em.persist(version);
  }

  public void delete(ContentType type) {
    em.createQuery("delete from ContentTypeVersion v where v.typeId = :id")
        .setParameter("id", type.id())
        .executeUpdate();
    em.remove(type);
  }

  public void flush() {
    em.flush();
  }
}
