package no.ordna.cms.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Turns JAX-RS path templates into OpenAPI ones: {@code {kind: content|block}} becomes {@code
 * {kind}} with the alternatives as the parameter's {@code enum} (a pattern as its {@code pattern});
 * path parameters are required; a parameter described without a schema gets a string one (an
 * OpenAPI parameter needs a schema or content); {@code If-Match} is described as the entity tag
 * list it is.
 */
final class PathTemplates {

  private static final Pattern REGEX_TEMPLATE = Pattern.compile("\\{(\\w+)\\s*:\\s*([^}]+)}");
  private static final Pattern LITERALS = Pattern.compile("[\\w-]+(\\|[\\w-]+)*");

  private PathTemplates() {}

  static void normalize(Paths paths) {
    Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
    items.forEach(
        (path, item) -> {
          Matcher m = REGEX_TEMPLATE.matcher(path);
          if (!m.find()) {
            return;
          }
          Map<String, String> regexes = new LinkedHashMap<>();
          m.reset();
          StringBuilder plain = new StringBuilder();
          while (m.find()) {
            regexes.put(m.group(1), m.group(2).trim());
            m.appendReplacement(plain, Matcher.quoteReplacement("{" + m.group(1) + "}"));
          }
          m.appendTail(plain);
          restrict(item, regexes);
          paths.removePathItem(path);
          PathItem existing = paths.getPathItem(plain.toString());
          if (existing == null) {
            paths.addPathItem(plain.toString(), item);
          } else {
            item.getOperations().forEach(existing::setOperation);
          }
        });
  }

  private static void restrict(PathItem item, Map<String, String> regexes) {
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (item.getOperations() != null) {
      item.getOperations().values().stream()
          .filter(o -> o.getParameters() != null)
          .forEach(o -> all.addAll(o.getParameters()));
    }
    for (Parameter parameter : all) {
      String regex = regexes.get(plainName(parameter.getName()));
      if (regex == null || parameter.getIn() != Parameter.In.PATH) {
        continue;
      }
      parameter.setName(plainName(parameter.getName()));
      Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
      if (LITERALS.matcher(regex).matches()) {
        for (String literal : regex.split("\\|")) {
          schema.addEnumeration(literal);
        }
      } else if (regex.equals("\\d+")) {
        schema =
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .minimum(java.math.BigDecimal.ZERO);
      } else {
        schema.pattern("^(" + regex + ")$");
      }
      parameter.setSchema(schema);
    }
  }

  /** {@code kind: content|block} as a parameter name is {@code kind}. */
  private static String plainName(String name) {
    int colon = name == null ? -1 : name.indexOf(':');
    return colon < 0 ? name : name.substring(0, colon).trim();
  }

  static void completeParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (parameter.getIn() == Parameter.In.PATH) {
        parameter.setRequired(Boolean.TRUE);
      }
      if ("If-Match".equalsIgnoreCase(parameter.getName())
          && parameter.getIn() == Parameter.In.HEADER) {
        parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        if (parameter.getDescription() == null) {
          parameter.setDescription(
              "The ETag you read (a comma-separated list of them), or * for any version; weak"
                  + " tags never match. Required to change or delete an existing resource.");
        }
      } else if (parameter.getSchema() == null
          && (parameter.getContent() == null
              || parameter.getContent().getMediaTypes() == null
              || parameter.getContent().getMediaTypes().isEmpty())) {
        parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
      }
    }
  }
}
