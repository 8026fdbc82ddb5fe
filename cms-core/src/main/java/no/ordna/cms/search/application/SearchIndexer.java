package no.ordna.cms.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
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
import no.ordna.cms.delivery.application.PublicationLogFollower;
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
 *
 * <p>With {@code cms.search.index-dir} set, the index is kept on disk there: every {@code
 * cms.search.commit-interval} (when something changed) it is committed together with the
 * publication log position it is complete up to — the log follower's position, taken when the
 * commit is queued, so behind every change the follower has applied and so queued before it — and
 * at start-up an index committed in the current format only reads the changes logged after that
 * position ({@link IndexSource#catchUp}) instead of every published item. A directory that cannot
 * be opened (another instance holds its lock) falls back to an index in memory.
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject IndexSource source;
  @Inject SearchSettings settings;
  @Inject PublicationLogFollower follower;

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

  /** The changes logged after {@code position}, read at start-up into an index stored on disk. */
  record CatchUp(long position) implements Work {}

  /** Stores the index on disk as complete up to {@code position}. */
  record Commit(long position) implements Work {}

  /** Updates that failed and wait for their retry: no commit may claim them done meanwhile. */
  private final Set<Work> failed = ConcurrentHashMap.newKeySet();

  private volatile boolean changedSinceCommit;

  @PostConstruct
  void open() {
    index = openIndex();
    answers = new SearchAnswers(1000);
    worker = Executors.newSingleThreadScheduledExecutor(threads);
    OptionalLong committed = index.committedPosition();
    // A stored position beyond the log's end is not of this database (or of a restored copy of
    // it): build from scratch.
    boolean usable = committed.isPresent() && committed.getAsLong() <= follower.position();
    queue(usable ? new CatchUp(committed.getAsLong()) : new Everything());
    if (index.onDisk()) {
      long every = settings.commitInterval().toMillis();
      worker.scheduleWithFixedDelay(
          () -> {
            if (changedSinceCommit && failed.isEmpty()) {
              queue(new Commit(follower.position()));
            }
          },
          every,
          every,
          TimeUnit.MILLISECONDS);
    }
  }

  private LuceneIndex openIndex() {
    if (settings.indexDir().isEmpty()) {
      return new LuceneIndex();
    }
    Path dir = Path.of(settings.indexDir().get()).toAbsolutePath();
    try {
      Files.createDirectories(dir);
      return LuceneIndex.onDisk(dir);
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "The search index directory " + dir + " cannot be used; keeping the index in memory",
          e);
      return new LuceneIndex();
    }
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
      if (work instanceof Commit commit) {
        if (failed.isEmpty()) {
          changedSinceCommit = false;
          index.commit(commit.position());
          LOG.fine(() -> "Search index stored at publication log position " + commit.position());
        }
        return;
      }
      int changes = 0;
      if (work instanceof Item item) {
        source.reindexItem(index, item.itemId());
      } else if (work instanceof Type type) {
        source.reindexType(index, type.typeKey());
      } else if (work instanceof CatchUp catchUp) {
        changes = source.catchUp(index, catchUp.position());
      } else {
        index.clear();
        source.rebuild(index);
      }
      index.refresh();
      answers.indexChanged();
      failed.remove(work);
      changedSinceCommit = true;
      if (work instanceof Everything || work instanceof CatchUp) {
        built.countDown();
        long ms = (System.nanoTime() - started) / 1_000_000;
        int read = changes;
        LOG.info(
            () ->
                work instanceof CatchUp c
                    ? "Search index caught up from publication log position "
                        + c.position()
                        + ": "
                        + read
                        + " changes read in "
                        + ms
                        + " ms; "
                        + index.size()
                        + " documents"
                    : "Search index built: "
                        + index.size()
                        + " documents in "
                        + ms
                        + " ms"
                        + (index.onDisk() ? " (stored on disk)" : ""));
      }
    } catch (RuntimeException e) {
      failed.add(work);
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
