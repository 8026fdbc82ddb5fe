/**
 * The deployable application: the data source, HTTP filters in front of the API (body limits,
 * request log), and the launcher that starts Payara Micro with safe network defaults.
 */
package no.ordna.cms.web;
