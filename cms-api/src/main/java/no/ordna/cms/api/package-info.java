/**
 * The HTTP edge: JAX-RS resources for the management and delivery APIs, their JSON shapes, the
 * bearer-token filter and the problem+json mappers. Thin: every resource method turns a request
 * into one call of a {@code cms-core} service and its result into a response.
 */
package no.ordna.cms.api;
