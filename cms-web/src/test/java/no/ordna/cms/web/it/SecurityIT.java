package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.publishedItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hardening: XSS payloads in every rich-text place, URL schemes, security headers, CORS. */
@ExtendWith(SharedServer.class)
class SecurityIT {

  private static final Pattern DANGER =
      Pattern.compile(
          "<script|<svg|<iframe|<object|<embed|<style|<link|<meta|<base|<form|<input|<math|<img|<video|<audio|<body|<template"
              + "|javascript:|vbscript:|data:text|expression\\(|style=|srcdoc|\\son[a-z]+\\s*=");

  static List<String> payloads() throws IOException {
    try (InputStream in = SecurityIT.class.getResourceAsStream("/xss-payloads.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> payloads = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.startsWith("<a href=\"java") && !line.contains(">")) {
          current.append(line).append('\n');
          continue;
        }
        current.append(line);
        payloads.add(current.toString());
        current.setLength(0);
      }
      return payloads;
    }
  }

  @Test
  void everyPayloadOfTheXssListIsDefusedInRichTextAndInBlocks(Api api) throws IOException {
    String type = createEventType(api);
    List<String> payloads = payloads();
    assertTrue(payloads.size() >= 40, "the list has " + payloads.size() + " payloads");
    int i = 0;
    for (String payload : payloads) {
      JsonObject fields =
          Json.createObjectBuilder()
              .add("title", "XSS " + i++)
              .add("body", payload)
              .add(
                  "content",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("type", "paragraph")
                              .add(
                                  "fields",
                                  Json.createObjectBuilder()
                                      .add("text", "<p>Tekst</p>" + payload))))
              .build();
      String id = publishedItem(api, type, "nb", fields);
      for (Reply reply :
          List.of(
              api.get("/api/v1/manage/items/" + id),
              api.anonymous().get("/api/v1/content/" + type + "/" + id))) {
        JsonObject values =
            reply.json().containsKey("variants")
                ? reply.json().getJsonObject("variants").getJsonObject("nb").getJsonObject("fields")
                : reply.json().getJsonObject("fields");
        String body = values.getString("body", "").toLowerCase(Locale.ROOT);
        String block =
            values
                .getJsonArray("content")
                .getJsonObject(0)
                .getJsonObject("fields")
                .getString("text", "")
                .toLowerCase(Locale.ROOT);
        assertFalse(DANGER.matcher(body).find(), payload + " -> " + body);
        assertFalse(DANGER.matcher(block).find(), payload + " -> " + block);
      }
    }
  }

  @Test
  void urlFieldsTakeOnlyHttpHttpsAndMailto(Api api) {
    String type = createEventType(api);
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://example.org/x",
            "file:///etc/passwd",
            "//example.org",
            "vbscript:x")) {
      Reply reply =
          api.post(
              "/api/v1/manage/items",
              Json.createObjectBuilder()
                  .add("type", type)
                  .add("locale", "nb")
                  .add("fields", Json.createObjectBuilder().add("title", "Lenke").add("link", bad))
                  .build());
      assertEquals(400, reply.status(), bad);
    }
    for (String good :
        List.of(
            "https://kompetansenorge.no/",
            "http://example.org/a?b=c",
            "mailto:post@kompetansenorge.no")) {
      createItem(
          api,
          type,
          "nb",
          Json.createObjectBuilder().add("title", "Lenke").add("link", good).build());
    }
  }

  @Test
  void answersCarrySecurityHeaders(Api api) {
    for (Reply reply :
        List.of(
            api.get("/api/v1/manage/items?limit=1"),
            api.anonymous().get("/api/v1/content/article"),
            api.anonymous().get("/api/v1/manage/items"))) {
      assertEquals("nosniff", reply.header("X-Content-Type-Options"));
      assertEquals("no-referrer", reply.header("Referrer-Policy"));
      assertTrue(reply.header("Content-Security-Policy").contains("default-src 'none'"));
      assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void corsLetsConfiguredOriginsReadDeliveryButNeverWithCredentials(Api api) {
    String type = createEventType(api);
    String allowed = "https://www.kompetansenorge.no";

    Reply preflight =
        api.anonymous()
            .send(
                "OPTIONS",
                "/api/v1/content/" + type,
                null,
                "Origin",
                allowed,
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "accept-language");
    Reply read = api.anonymous().get("/api/v1/content/" + type, "Origin", allowed);
    Reply foreign =
        api.anonymous().get("/api/v1/content/" + type, "Origin", "https://evil.example");
    Reply foreignPreflight =
        api.anonymous()
            .send(
                "OPTIONS",
                "/api/v1/content/" + type,
                null,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "GET");
    Reply management = api.get("/api/v1/manage/items?limit=1", "Origin", allowed);

    assertEquals(204, preflight.status());
    assertEquals(allowed, preflight.header("Access-Control-Allow-Origin"));
    assertTrue(preflight.header("Access-Control-Allow-Methods").contains("GET"));
    assertTrue(
        preflight
            .header("Access-Control-Allow-Headers")
            .toLowerCase(Locale.ROOT)
            .contains("accept-language"));
    assertNull(preflight.header("Access-Control-Allow-Credentials"));
    assertEquals(allowed, read.header("Access-Control-Allow-Origin"));
    assertTrue(read.header("Access-Control-Expose-Headers").contains("ETag"));
    assertNull(read.header("Access-Control-Allow-Credentials"));
    assertNull(foreign.header("Access-Control-Allow-Origin"));
    assertNull(foreignPreflight.header("Access-Control-Allow-Origin"));
    assertNull(management.header("Access-Control-Allow-Origin"));
  }
}
