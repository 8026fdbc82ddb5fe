/** What the features need to know about the database they run on (causal reads on Galera). */
package no.ordna.cms.platform.database;
