/**
 * Workflow transitions of a locale variant (publish, unpublish; review steps and schedules come on
 * top of the same transition use case). Workflow state lives on the variant; what front ends see is
 * the publishing feature's snapshot.
 */
package no.ordna.cms.workflow;
