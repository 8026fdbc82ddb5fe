/**
 * Start-up of an instance among others on one database: the first-start work (first administrator,
 * built-in types, demo data) is done by one instance at a time, under a database lease.
 */
package no.ordna.cms.platform.startup;
