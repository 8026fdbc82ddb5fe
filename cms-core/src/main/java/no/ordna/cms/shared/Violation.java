package no.ordna.cms.shared;

/**
 * One thing wrong with a request: where ({@code path}, e.g. {@code fields.body[2].fields.text}) and
 * what, in words a client developer can act on.
 */
public record Violation(String path, String message) {}
