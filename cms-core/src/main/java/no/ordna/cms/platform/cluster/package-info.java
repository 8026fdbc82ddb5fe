/** The data grid (Payara Micro's Hazelcast) shared by clustered instances, when there is one. */
package no.ordna.cms.platform.cluster;
