/**
 * Demo data: the national competence strategy page of Kompetanse Norge (organisations, people,
 * documents, videos, nine themed conferences, three news articles and the strategy page), shipped
 * as {@code demo/kompetansestrategi.json} and loaded once into an empty database at start-up when
 * {@code CMS_DEMO_DATA=true}. Everything is created through the content use cases, so the dataset
 * is checked against the content types like editors' content is. Nothing else depends on this
 * package.
 */
package no.ordna.cms.demo;
