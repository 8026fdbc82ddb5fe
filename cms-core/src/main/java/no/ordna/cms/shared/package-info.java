/**
 * Shared kernel: the few value types and exception categories every feature speaks (not found,
 * conflict, invalid input, forbidden, preconditions), JSON document helpers and the UTC time
 * converter. Nothing here knows a feature.
 */
package no.ordna.cms.shared;
