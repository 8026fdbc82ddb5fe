package no.ordna.cms.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.delivery.application.ChangeApplied;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.search.domain.SearchResult;
import no.ordna.cms.search.index.LuceneIndex;
import no.ordna.cms.shared.UnavailableException;

/**
 * Keeps this instance's search index equal to what is published, by re-reading it from the
 * database: all of it once at start-up, then one item (or one type) after each change this instance
 * applies. Work runs on one background thread, in order; a piece of work already waiting is not
 * queued twice, and one that fails is tried again after {@code cms.search.retry-delay}.
 *
 * <p>Why the index cannot stay stale: every change of what is published is numbered in the
 * publication log, and {@link no.ordna.cms.delivery.application.ChangeApplier} applies each entry
 * on every instance exactly once after it committed (at once for changes made here, through the
 * data grid for the others, and in any case within two seconds through the log follower), firing
 * {@link ChangeApplied}. Each such event queues a re-read of what the change touched, and that
 * re-read starts after the event, so after the commit: it sees the committed state or a later one,
 * and the last re-read of an item sees its latest state. The first build starts after the log
 * follower has taken its starting position (see {@link SearchIndexStartup}): whatever committed
 * before that is in the build's reads, whatever committed after comes as an event queued behind the
 * build.
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject IndexSource source;
  @Inject SearchSettings settings;

  @Resource ManagedThreadFactory threads;

  // Made in open(), not here: the container's client proxy runs field initialisers too.
  private LuceneIndex index;
  private final Set<Work> pending = ConcurrentHashMap.newKeySet();
  private final CountDownLatch built = new CountDownLatch(1);
  private SearchAnswers answers;
  private ScheduledExecutorService worker;

  /** What to (re-)read from the database. */
  sealed interface Work {}

  record Everything() implements Work {}

  record Item(String itemId) implements Work {}

  record Type(String typeKey) implements Work {}

  @PostConstruct
  void open() {
    index = new LuceneIndex();
    answers = new SearchAnswers(1000);
    worker = Executors.newSingleThreadScheduledExecutor(threads);
    queue(new Everything());
  }

  @PreDestroy
  void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    index.close();
  }

  /** Makes sure the index exists and its first build is under way. */
  public void start() {
    LOG.fine("search index started");
  }

  void onChangeApplied(@Observes ChangeApplied applied) {
    PublicationChange change = applied.change();
    if (change.action() == PublicationChange.Action.ASSET_CHANGED) {
      return; // asset texts are not indexed with the content
    }
    queue(
        change.action() == PublicationChange.Action.TYPE_CHANGED
            ? new Type(change.typeKey())
            : new Item(change.itemId()));
  }

  /** Whether the first build has finished. */
  public boolean ready() {
    return built.getCount() == 0;
  }

  /** Searches, once the first build has finished (waiting for it up to a bound, then 503). */
  public SearchResult search(SearchQuery query) {
    try {
      if (!built.await(settings.readyWait().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new UnavailableException(
            "search-index-building", "The search index is still being built; try again soon", 5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("search-index-building", "Interrupted while waiting", 5);
    }
    return answers.answer(query, index::search);
  }

  private void queue(Work work) {
    if (pending.add(work)) {
      try {
        worker.execute(() -> run(work));
      } catch (RejectedExecutionException e) {
        pending.remove(work); // shutting down
      }
    }
  }

  private void run(Work work) {
    // Taken off before reading: a change arriving from now on queues the work again.
    pending.remove(work);
    try {
      long started = System.nanoTime();
      if (work instanceof Item item) {
        source.reindexItem(index, item.itemId());
      } else if (work instanceof Type type) {
        source.reindexType(index, type.typeKey());
      } else {
        source.rebuild(index);
      }
      index.refresh();
      answers.indexChanged();
      if (work instanceof Everything) {
        built.countDown();
        LOG.info(
            () ->
                "Search index built: "
                    + index.size()
                    + " documents in "
                    + (System.nanoTime() - started) / 1_000_000
                    + " ms");
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Search index update " + work + " failed; trying again in " + settings.retryDelay(),
          e);
      try {
        worker.schedule(() -> queue(work), settings.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException shuttingDown) {
        LOG.log(Level.FINE, "not retried: shutting down", shuttingDown);
      }
    }
  }
}
