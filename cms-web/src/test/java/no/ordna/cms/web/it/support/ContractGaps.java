package no.ordna.cms.web.it.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the OpenAPI document's operations still lack for a generated client to be usable: unique
 * operationIds, a schema on each JSON 2xx answer (204, redirects and non-JSON files need none), and
 * a request body wherever the resource method reads one (found from the JAX-RS methods themselves).
 */
public final class ContractGaps {

  private static final Set<Class<? extends Annotation>> NOT_A_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  private ContractGaps() {}

  /** Every gap, by "METHOD /path", empty when the document is complete. */
  public static Map<String, List<String>> of(OpenAPI document) {
    Map<String, List<String>> gaps = new TreeMap<>();
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Operation> operations = new TreeMap<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> operations.put(method + " " + path, operation)));
    operations
        .values()
        .forEach(o -> ids.merge(String.valueOf(o.getOperationId()), 1, Integer::sum));
    Map<String, Boolean> readsABody = resourceMethodsReadingABody();
    operations.forEach(
        (name, operation) -> {
          List<String> missing = new ArrayList<>();
          if (ids.getOrDefault(String.valueOf(operation.getOperationId()), 0) > 1) {
            missing.add("operationId '" + operation.getOperationId() + "' is not unique");
          }
          missing.addAll(answerGaps(operation));
          if (Boolean.TRUE.equals(readsABody.get(name)) && !hasBodySchema(operation)) {
            missing.add("no request body schema (the method reads one)");
          }
          if (!missing.isEmpty()) {
            gaps.put(name, missing);
          }
        });
    return gaps;
  }

  /** The gaps as a Markdown list. */
  public static String report(OpenAPI document) {
    Map<String, List<String>> gaps = of(document);
    StringBuilder text = new StringBuilder();
    text.append(gaps.size()).append(" operations with gaps\n\n");
    gaps.forEach(
        (name, missing) ->
            text.append("- `")
                .append(name)
                .append("`: ")
                .append(String.join("; ", missing))
                .append('\n'));
    return text.toString();
  }

  private static List<String> answerGaps(Operation operation) {
    List<String> missing = new ArrayList<>();
    boolean success = false;
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      String code = entry.getKey();
      if (!code.matches("[23]\\d\\d")) {
        continue;
      }
      success = true;
      if (code.equals("204") || code.equals("304") || code.startsWith("3")) {
        continue;
      }
      var content = entry.getValue().getContent();
      if (content == null || content.isEmpty()) {
        missing.add(code + " without content");
        continue;
      }
      content.forEach(
          (type, media) -> {
            if (type.contains("json") && !hasSchema(media)) {
              missing.add(code + " " + type + " without a schema");
            }
          });
    }
    if (!success) {
      missing.add("no 2xx answer");
    }
    return missing;
  }

  private static boolean hasSchema(MediaType media) {
    var schema = media.getSchema();
    return schema != null
        && (schema.get$ref() != null
            || schema.getProperties() != null
            || schema.getItems() != null
            || schema.getAdditionalProperties() != null
            || schema.getOneOf() != null
            || schema.getAllOf() != null
            || (schema.getType() != null && !"object".equals(schema.getType())));
  }

  private static boolean hasBodySchema(Operation operation) {
    return operation.getRequestBody() != null
        && operation.getRequestBody().getContent() != null
        && operation.getRequestBody().getContent().values().stream()
            .allMatch(m -> m.getSchema() != null)
        && !operation.getRequestBody().getContent().isEmpty();
  }

  /** "METHOD /api/v1/…" of every JAX-RS method, and whether it takes an entity parameter. */
  static Map<String, Boolean> resourceMethodsReadingABody() {
    Map<String, Boolean> methods = new HashMap<>();
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.ordna.cms.api");
    for (JavaClass type : classes) {
      if (!type.isAnnotatedWith(jakarta.ws.rs.Path.class)) {
        continue;
      }
      Class<?> resource = type.reflect();
      String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
        String path = "/api/v1/" + base + (sub == null ? "" : "/" + sub.value());
        path = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        if (path.endsWith("/")) {
          path = path.substring(0, path.length() - 1);
        }
        boolean body = false;
        for (Parameter parameter : method.getParameters()) {
          boolean annotated = false;
          for (Annotation annotation : parameter.getAnnotations()) {
            annotated |= NOT_A_BODY.contains(annotation.annotationType());
          }
          body |= !annotated;
        }
        methods.put(verb + " " + path, body);
      }
    }
    return methods;
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    if (method.isAnnotationPresent(PATCH.class)) {
      return "PATCH";
    }
    return null;
  }
}
