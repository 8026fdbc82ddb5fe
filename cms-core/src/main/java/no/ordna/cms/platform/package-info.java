/**
 * What every feature runs on: schema migrations at start-up, health checks, the clock, and small
 * product-wide settings.
 */
package no.ordna.cms.platform;
