package no.ordna.cms.platform.startup;

/**
 * Work an instance does at start-up when the database does not have it yet (check, then act): the
 * first administrator, the built-in types, the demo data. {@link FirstStart} runs every task, in
 * {@link #order()}, while it holds the first-start lease, so instances started together do each
 * piece once. A task commits its work in its own transaction before {@link #run()} returns.
 */
public interface FirstStartTask {

  /** Where the task runs among the others: lower first. */
  int order();

  /** Does the work unless the database shows it done; in a transaction of its own. */
  void run();
}
