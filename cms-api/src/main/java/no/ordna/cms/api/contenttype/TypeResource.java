package no.ordna.cms.api.contenttype;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDetails;
import no.ordna.cms.contenttype.application.TypeUpdate;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.ExpectedVersion;

/**
 * What the two type resources share: content types ({@link ContentTypeResource}) and block types
 * ({@link BlockTypeResource}) have the same operations on their own paths, so each path and
 * operation is plain in the OpenAPI document. Reading needs any management role; changes need an
 * administrator.
 */
abstract class TypeResource {

  static final String TYPE_PROPERTIES =
      "{key, name, description, titleField, reviewRequired, urlPattern, previewUrl, fields}."
          + " urlPattern (front-end URL for feeds and sitemaps) and previewUrl (where the front end"
          + " shows a draft) are content-type properties: a path on CMS_FRONTEND_BASE_URL or an"
          + " absolute http(s) URL with the placeholders {id}, {locale}, {slug} and {type};"
          + " previewUrl may also hold {token}, the preview token (POST"
          + " /api/v1/manage/preview-tokens with item and locale fills it in).";

  static final String UPDATE_RULES =
      "Refused with 409 when stored content would no longer fit. A change that drops the values"
          + " of removed fields or fills the default of a new required field is applied only with"
          + " migrate=true. If-Match is checked when sent. ";

  @Inject ContentTypeService service;
  @Inject CallerContext callerContext;

  abstract TypeKind kind();

  TypeList listTypes() {
    callerContext.caller();
    return TypeMapper.list(service.describeAll(kind()));
  }

  Response createType(JsonValue body, UriInfo uri) {
    TypeDetails type = service.create(kind(), RequestBodies.require(body), callerContext.caller());
    return Response.created(uri.getAbsolutePathBuilder().path(type.key()).build())
        .tag(tag(type))
        .entity(TypeMapper.view(type))
        .build();
  }

  Response getType(String key) {
    callerContext.caller();
    TypeDetails type = service.describe(kind(), typeKey(key));
    return Response.ok(TypeMapper.view(type)).tag(tag(type)).build();
  }

  Response updateType(String key, JsonValue body, ExpectedVersion expected, boolean migrate) {
    TypeUpdate update =
        service.update(
            kind(),
            typeKey(key),
            RequestBodies.require(body),
            expected,
            migrate,
            callerContext.caller());
    return Response.ok(TypeMapper.changed(update)).tag(tag(update.type())).build();
  }

  Response deleteType(String key, ExpectedVersion expected) {
    service.delete(kind(), typeKey(key), expected, callerContext.caller());
    return Response.noContent().build();
  }

  TypeHistory typeVersions(String key) {
    callerContext.caller();
    return TypeMapper.history(service.history(kind(), typeKey(key)));
  }

  /** The key in the path; text that cannot be one names no type (404). */
  private TypeKey typeKey(String key) {
    return TypeKey.parse(key).orElseThrow(() -> ContentTypeService.unknown(kind(), key));
  }

  private static EntityTag tag(TypeDetails type) {
    String etag = type.etag();
    return new EntityTag(etag.substring(1, etag.length() - 1));
  }
}
